"""Polls built from the API's JSON without a server: for models, delegates and panes."""

from __future__ import annotations

from typing import Any

from partner_desktop.api.models import Poll, UserPoll


def poll_json(n: int, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"poll-{n}",
        "partnerId": f"partner-{n % 3}",
        "partnerName": f"Partner {n % 3}",
        "partnerImages": [{"url": "http://127.0.0.1:1/logo.png", "width": "64", "height": "64"}],
        "question": f"Question number {n}?",
        "information": "Some context.",
        "publicationDate": "2026-11-01T10:00:00+00:00",
        "openAt": "2026-11-02T10:00:00+00:00",
        "closeAt": "2026-12-02T10:00:00+00:00",
        "disclosedAt": None,
        "type": "engagement",
        "status": "open",
        "isBound": False,
        "isQuorumReached": False,
        "quorum": "0.2",
        "currentQuorumPercentage": "0.05",
        "usedTokenCount": 4,
        "tokenLimit": 10,
        "answers": [
            {"id": f"a-{n}-1", "answer": "Yes", "position": 1},
            {"id": f"a-{n}-2", "answer": "No", "position": 2},
        ],
    }
    data.update(extra)
    return data


def make_poll(n: int, **extra: Any) -> Poll:
    return Poll.from_json(poll_json(n, **extra))


def make_user_poll(n: int, voted: bool = False, balance: int = 7) -> UserPoll:
    data = poll_json(n)
    data["userVote"] = (
        {"answerId": f"a-{n}-1", "tokenCount": 3, "votedAt": "2026-11-03T10:00:00+00:00"}
        if voted
        else None
    )
    data["userTokenBalance"] = balance
    return UserPoll.from_json(data)
