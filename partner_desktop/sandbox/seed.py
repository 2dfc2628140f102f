"""Deterministic seed data: fictional partners, polls of every status, users, wallets, votes."""

from __future__ import annotations

import random
import sqlite3
import time
import uuid

from partner_desktop.sandbox import accounts

CLIENT_ID = "sandbox-desktop"
#: Documented, seeded sandbox secret (contract section 1): not a credential.
CLIENT_SECRET = "sandbox-secret"  # noqa: S105
CLIENT_NAME = "Partner Desktop"
REDIRECT_URIS = ("http://127.0.0.1/callback", "http://[::1]/callback")
USER_PASSWORD = "sandbox"  # noqa: S105 - documented seeded password
SEED = 20261128
DAY = 86_400.0

#: (slug, name, token symbol, colour)
PARTNERS: tuple[tuple[str, str, str, str], ...] = (
    ("harbourside-fc", "Harbourside FC", "HBR", "#1f4e9c"),
    ("northgate-united", "Northgate United", "NGU", "#b3202a"),
    ("riverside-rovers", "Riverside Rovers", "RVR", "#1d7a46"),
    ("sierra-atletico", "Club Atlético Sierra", "CAS", "#d98b12"),
    ("lakeshore-lions", "Lakeshore Lions Esports", "LKL", "#6b2fa3"),
    ("valletta-vipers", "Valletta Vipers Basketball", "VVB", "#0f8a8a"),
)

#: Partner slugs bob holds tokens of (alice holds all, carol none).
BOB_PARTNERS = ("harbourside-fc", "riverside-rovers", "lakeshore-lions")

#: One status per poll, in seed order: 16 open, 8 upcoming, 9 closed, 10 disclosed, 5 cancelled.
STATUS_PLAN: tuple[str, ...] = (
    ("open",) * 16 + ("upcoming",) * 8 + ("closed",) * 9 + ("disclosed",) * 10 + ("cancelled",) * 5
)
POLL_COUNT = len(STATUS_PLAN)
FAN_COUNT = 24

_QUESTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Which kit should {club} wear for the last home match of the season?",
        "The winning design is worn on the pitch and sold in the club shop.",
        ("Classic home stripes", "The retro away kit", "A one-off celebration design"),
    ),
    (
        "Which song should play when {club} walks out?",
        "Chosen by fans for every home match next season.",
        (
            "The club anthem",
            "A local band's new single",
            "Stadium rock classic",
            "Silence, then drums",
        ),
    ),
    (
        "Who was {club}'s player of the month?",
        "Votes decide the award presented before the next home match.",
        ("The captain", "The young winger", "The goalkeeper", "The new signing", "The top scorer"),
    ),
    (
        "Where should {club} hold the pre-season fan day?",
        "The club hosts a free open day with training, signings and food.",
        ("At the home ground", "On the city beach", "At the training centre"),
    ),
    (
        "What should the message on the {club} captain's armband say?",
        "The armband is worn for the charity match in spring.",
        ("Together", "Never give up", "For the city", "Fans first"),
    ),
    (
        "Which charity should {club} support this season?",
        "The club donates part of the matchday ticket sales.",
        ("Children's hospital", "Local food bank", "Grassroots youth teams", "Animal shelter"),
    ),
    (
        "Which goal of the season is {club}'s best?",
        "Shortlist chosen by the coaching staff.",
        (
            "The bicycle kick",
            "The solo run",
            "The last-minute free kick",
            "The team move",
            "The long shot",
        ),
    ),
    (
        "What should {club} name the new mascot?",
        "The mascot appears at every home match and at school visits.",
        ("Sparky", "Captain Wave", "Rocco", "Goldie", "Blaze", "Pip"),
    ),
    (
        "Which city should {club} visit on the summer tour?",
        "Two friendly matches and a fan event in the chosen city.",
        ("Lisbon", "Seoul", "Toronto", "Cape Town"),
    ),
    (
        "Which design should go on {club}'s commemorative scarf?",
        "A limited run for the club's anniversary.",
        ("Crest and founding year", "Skyline of the city", "Famous match scoreline"),
    ),
    (
        "What should be the theme of {club}'s next matchday programme cover?",
        "The cover is drawn by a local artist.",
        ("Club legends", "The youth academy", "The fans in the stands"),
    ),
    (
        "Which training session should {club} open to fan token holders?",
        "Holders may watch the chosen session from the stand.",
        ("Set pieces", "Goalkeeper drills", "Recovery day", "Match preparation"),
    ),
    (
        "What food should be added to {club}'s stadium menu?",
        "The winning dish will be sold at every home match.",
        ("Vegan burger", "Local street tacos", "Fish and chips", "Noodle bowl", "Loaded fries"),
    ),
    (
        "Which retro season should {club} celebrate with a throwback kit?",
        "The kit is worn once, for a themed match.",
        ("The first title season", "The promotion season", "The cup run"),
    ),
    (
        "What should {club} call the new family stand?",
        "The stand opens next season.",
        ("The Nest", "Future Fans Stand", "The Family Corner", "The Junior Terrace"),
    ),
    (
        "Which goal celebration should the {club} squad perform?",
        "The players promised to perform the winner after the next goal.",
        ("The rowing boat", "The salute to the stands", "The team huddle"),
    ),
    (
        "Which colour should {club} choose for the goalkeeper's third kit?",
        "Used in away matches when colours clash.",
        ("Neon green", "Purple", "Orange", "Black"),
    ),
    (
        "What kind of content should {club} post more of?",
        "Helps the media team plan next season.",
        (
            "Behind the scenes",
            "Match highlights",
            "Player interviews",
            "Training clips",
            "Fan stories",
        ),
    ),
    (
        "Which legend should {club} invite to the anniversary gala?",
        "The guest joins the fans for a question-and-answer evening.",
        ("The record goalscorer", "The cup-winning coach", "The longest-serving captain"),
    ),
    (
        "Which message should appear on the {club} team bus?",
        "The new bus is unveiled before the season opener.",
        ("One club, one city", "Ride together", "Here we go", "Pride on tour"),
    ),
    (
        "Which community project should {club} start next?",
        "Players volunteer with the chosen project.",
        ("Football for schools", "Walking football for seniors", "Coding club for kids"),
    ),
    (
        "What should {club}'s fan token holders receive as a reward?",
        "A reward for everyone who voted in this season's polls.",
        ("Signed poster", "Stadium tour", "Digital collectible", "Meet the team draw"),
    ),
    (
        "Which pre-match warm-up top should {club} wear?",
        "Worn during warm-ups in the second half of the season.",
        ("Plain dark", "Crest pattern", "Awareness campaign design"),
    ),
    (
        "Which away ground was {club}'s best trip this season?",
        "Just for fun: the result is shared on the club's channels.",
        (
            "The seaside derby",
            "The mountain ground",
            "The capital's new stadium",
            "The old cup ground",
        ),
    ),
)

_FAN_NAMES = (
    "Ana", "Ben", "Chen", "Dara", "Emil", "Fatou", "Gio", "Hana", "Ivo", "Jun", "Kai", "Lena",
    "Malik", "Nina", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wren", "Yara",
)  # fmt: skip


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def is_seeded(conn: sqlite3.Connection) -> bool:
    """True once ``seed`` has run on this database."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'seeded_at'").fetchone()
    return row is not None


def seed(conn: sqlite3.Connection, *, now: float | None = None) -> None:
    """Fill an empty database (call inside one transaction). Same seed, same rows and counts."""
    now = time.time() if now is None else now
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo content, not security
    accounts.insert_client(
        conn, CLIENT_ID, CLIENT_SECRET, name=CLIENT_NAME, redirect_uris=REDIRECT_URIS
    )
    partner_ids: dict[str, str] = {}
    for position, (slug, name, symbol, color) in enumerate(PARTNERS):
        partner_id = _uuid(rng)
        partner_ids[slug] = partner_id
        conn.execute(
            "INSERT INTO partners (id, slug, name, token_symbol, token_name, currency_id, color, "
            "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (partner_id, slug, name, symbol, f"{name} Fan Token", _uuid(rng), color, position),
        )

    # One password hash for every seeded person keeps seeding fast; each still checks normally.
    shared_hash = accounts.hash_password(USER_PASSWORD, salt=rng.randbytes(16))
    balances: dict[str, dict[str, int]] = {}

    def add_person(username: str, display: str, holdings: dict[str, int], *, fan: bool) -> str:
        user_id = accounts.insert_user(
            conn,
            username,
            shared_hash,
            user_id=_uuid(rng),
            email=f"{username}@sandbox.example",
            display_name=display,
            seeded_fan=fan,
        )
        for slug, amount in holdings.items():
            accounts.set_balance(
                conn,
                user_id,
                partner_ids[slug],
                amount,
                wallet_id=_uuid(rng),
                address="0x" + rng.randbytes(20).hex(),
            )
        balances[user_id] = {partner_ids[s]: a for s, a in holdings.items()}
        return user_id

    add_person("alice", "Alice", {slug: rng.randint(40, 150) for slug, *_ in PARTNERS}, fan=False)
    bob = add_person("bob", "Bob", {slug: rng.randint(3, 12) for slug in BOB_PARTNERS}, fan=False)
    add_person("carol", "Carol", {}, fan=False)
    fans = []
    for index, name in enumerate(_FAN_NAMES[:FAN_COUNT]):
        holding = rng.sample([slug for slug, *_ in PARTNERS], rng.randint(2, 5))
        fans.append(
            add_person(
                f"fan{index + 1:02d}", name, {s: rng.randint(1, 60) for s in holding}, fan=True
            )
        )

    slugs = [slug for slug, *_ in PARTNERS]
    names = {slug: name for slug, name, *_ in PARTNERS}
    bob_voted = False
    for seq, status in enumerate(STATUS_PLAN):
        slug = slugs[seq % len(slugs)]
        partner_id = partner_ids[slug]
        question, information, options = _QUESTIONS[seq % len(_QUESTIONS)]
        if seq >= len(_QUESTIONS):
            question = question.replace("?", " (second round)?")
        question = question.format(club=names[slug])
        disclosed: float | None = None
        cancelled = 0
        if status == "upcoming":
            open_at = now + rng.uniform(1, 10) * DAY
            close_at = open_at + rng.uniform(3, 14) * DAY
            publication = now - rng.uniform(0.2, 3) * DAY
            disclosed = close_at + DAY if rng.random() < 0.5 else None
        elif status == "open":
            open_at = now - rng.uniform(1, 10) * DAY
            close_at = now + rng.uniform(1, 20) * DAY
            publication = open_at - rng.uniform(0.5, 3) * DAY
            # A few open polls disclose live results while voting runs.
            disclosed = open_at + 0.5 * DAY if seq % 5 == 4 else None
        elif status == "closed":
            close_at = now - rng.uniform(1, 20) * DAY
            open_at = close_at - rng.uniform(5, 20) * DAY
            publication = open_at - rng.uniform(0.5, 3) * DAY
            disclosed = now + rng.uniform(1, 5) * DAY if seq % 2 else None
        elif status == "disclosed":
            close_at = now - rng.uniform(3, 40) * DAY
            open_at = close_at - rng.uniform(5, 20) * DAY
            publication = open_at - rng.uniform(0.5, 3) * DAY
            disclosed = close_at + rng.uniform(0.5, 2) * DAY
        else:  # cancelled: any dates, flagged
            open_at = now + rng.uniform(-15, 10) * DAY
            close_at = open_at + rng.uniform(3, 14) * DAY
            publication = open_at - rng.uniform(0.5, 3) * DAY
            cancelled = 1
        poll_id = _uuid(rng)
        answer_count = min(len(options), 2 + seq % 5)
        answers = [(_uuid(rng), options[i], i + 1) for i in range(answer_count)]
        token_limit = rng.choice((5, 10, 25, 50, 100, None))
        quorum = rng.choice(("0.05", "0.1", "0.2", "0.25", None))
        tallies = {answer_id: 0 for answer_id, *_ in answers}
        vote_rows: list[tuple[str, str, int, float]] = []
        if status in ("open", "closed", "disclosed"):
            for fan in fans:
                held = balances[fan].get(partner_id, 0)
                if held and rng.random() < 0.7:
                    count = rng.randint(1, min(held, token_limit or held))
                    answer_id = rng.choice(answers)[0]
                    voted_at = rng.uniform(open_at, min(close_at, now))
                    tallies[answer_id] += count
                    vote_rows.append((fan, answer_id, count, voted_at))
            if status == "open" and not bob_voted and partner_id in balances[bob]:
                held = balances[bob][partner_id]
                count = min(held, token_limit or held)
                tallies[answers[0][0]] += count
                vote_rows.append((bob, answers[0][0], count, now - DAY / 4))
                bob_voted = True
        used = sum(tallies.values())
        if quorum is None or used == 0:
            quorum_base = 1000
        elif seq % 3 == 0:  # reached
            quorum_base = max(1, int(used / (float(quorum) * rng.uniform(1.2, 2.0))))
        else:
            quorum_base = max(used + 1, int(used / (float(quorum) * rng.uniform(0.3, 0.8))))
        conn.execute(
            "INSERT INTO polls (id, partner_id, question, information, publication_date, open_at, "
            "close_at, disclosed_at, cancelled, type, is_bound, quorum, quorum_base, token_limit, "
            "used_token_count, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                poll_id,
                partner_id,
                question,
                information,
                publication,
                open_at,
                close_at,
                disclosed,
                cancelled,
                "engagement",
                int(seq % 3 == 1),
                quorum,
                quorum_base,
                token_limit,
                used,
                seq,
            ),
        )
        for answer_id, text, position in answers:
            conn.execute(
                "INSERT INTO answers (id, poll_id, answer, position, token_count) "
                "VALUES (?, ?, ?, ?, ?)",
                (answer_id, poll_id, text, position, tallies[answer_id]),
            )
        for user_id, answer_id, count, voted_at in vote_rows:
            conn.execute(
                "INSERT INTO votes (poll_id, user_id, answer_id, token_count, voted_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (poll_id, user_id, answer_id, count, voted_at),
            )
    conn.execute("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)", (repr(now),))
