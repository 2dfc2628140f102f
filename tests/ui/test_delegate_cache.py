"""The list delegate's painted-card cache never shows a stale card.

Each case paints a row with one delegate (so that its card is cached), changes one thing the
card shows or depends on, paints again with the same delegate and compares, pixel for pixel,
with a new delegate's painting of the changed row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

import partner_desktop.ui.delegate as delegate_module
from partner_desktop.api.models import Poll, UserPoll
from partner_desktop.models.polls import PollListModel
from partner_desktop.ui.delegate import CARD_CACHE_MIN_BYTES, ROW_HEIGHT, PollDelegate
from tests.helpers.clock import Clock
from tests.helpers.polls import make_poll, make_user_poll

ENABLED = QStyle.StateFlag.State_Enabled
SELECTED = QStyle.StateFlag.State_Selected
HOVER = QStyle.StateFlag.State_MouseOver


def _logo(colour: str) -> QPixmap:
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(colour))
    return pixmap


@dataclass
class Scene:
    """Everything a row's painting depends on."""

    row: Poll | UserPoll = field(default_factory=lambda: make_poll(1))
    state: QStyle.StateFlag = ENABLED
    width: int = 600
    ratio: float = 1.0
    palette: QPalette | None = None
    font: QFont | None = None
    logo: QPixmap | None = None


def render(delegate: PollDelegate, scene: Scene, *, scale: float = 1.0) -> QImage:
    """The row as the delegate paints it onto an opaque background."""
    model = PollListModel()
    model.reset([scene.row], has_more=False)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, scene.width, ROW_HEIGHT)
    option.state = scene.state
    option.palette = scene.palette or QApplication.palette()
    option.font = scene.font or QApplication.font()
    size = QSize(round(scene.width * scene.ratio * scale), round(ROW_HEIGHT * scene.ratio * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scene.ratio)
    image.fill(option.palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    painter.scale(scale, scale)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def new_delegate(scene: Scene, **kwargs: Any) -> PollDelegate:
    """A delegate whose logo provider serves ``scene.logo`` (read at paint time)."""
    return PollDelegate(lambda _url: scene.logo, **kwargs)


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#202124"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _bigger() -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() + 3)
    return font


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The delegate's idea of now: 26 hours before make_poll's closing time."""
    clock = Clock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    monkeypatch.setattr(delegate_module, "datetime", clock.datetime)
    return clock


Change = Callable[[Scene], Scene]

CHANGES: dict[str, Change] = {
    "votes counted": lambda s: replace(
        s, row=make_poll(1, currentQuorumPercentage="0.15", usedTokenCount=40)
    ),
    "quorum reached": lambda s: replace(
        s, row=make_poll(1, currentQuorumPercentage="0.25", isQuorumReached=True)
    ),
    "status": lambda s: replace(s, row=make_poll(1, status="closed")),
    # An unknown status shown as it comes: the same word as "open", the neutral colours.
    "unknown status, same word": lambda s: replace(s, row=make_poll(1, status="Open")),
    "question": lambda s: replace(s, row=make_poll(1, question="Another question entirely?")),
    "partner": lambda s: replace(s, row=make_poll(1, partnerName="Harbourside Rowing Club")),
    "no quorum": lambda s: replace(s, row=make_poll(1, quorum=None)),
    "selected": lambda s: replace(s, state=ENABLED | SELECTED),
    "hovered": lambda s: replace(s, state=ENABLED | HOVER),
    "narrower": lambda s: replace(s, width=470),
    "dark palette": lambda s: replace(s, palette=_dark()),
    "bigger font": lambda s: replace(s, font=_bigger()),
    "logo arrived": lambda s: replace(s, logo=_logo("#d03030")),
    "device pixel ratio 2": lambda s: replace(s, ratio=2.0),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_card_is_repainted_when_what_it_shows_changes(
    qapp: Any, clock: Clock, change: str
) -> None:
    before = Scene()
    delegate = new_delegate(before)
    old = render(delegate, before)
    assert render(delegate, before) == old  # cached, and the same
    after = CHANGES[change](before)
    delegate._logos = lambda _url: after.logo  # the provider now serves the new logo
    shown = render(delegate, after)
    assert shown == render(new_delegate(after), after)
    assert shown != old  # the change is visible: the test compares something


def test_the_user_vote_shows_on_the_cached_card(qapp: Any, clock: Clock) -> None:
    before = Scene(row=make_user_poll(1, voted=False))
    delegate = new_delegate(before)
    old = render(delegate, before)
    after = replace(before, row=make_user_poll(1, voted=True))
    shown = render(delegate, after)
    assert shown == render(new_delegate(after), after)
    assert shown != old


def test_another_logo_for_the_same_address_is_shown(qapp: Any, clock: Clock) -> None:
    scene = Scene(logo=_logo("#d03030"))
    delegate = new_delegate(scene)
    old = render(delegate, scene)
    scene.logo = _logo("#3060d0")  # a new pixmap: another cacheKey
    shown = render(delegate, scene)
    assert shown == render(new_delegate(scene), scene)
    assert shown != old


def test_the_time_left_follows_the_clock(qapp: Any, clock: Clock) -> None:
    scene = Scene()
    delegate = new_delegate(scene)
    old = render(delegate, scene)  # "Closes in 1 d 2 h"
    clock.set(datetime(2026, 12, 1, 9, 30, tzinfo=UTC))  # "Closes in 1 d"
    shown = render(delegate, scene)
    assert shown == render(new_delegate(scene), scene)
    assert shown != old


def test_a_cached_repaint_is_the_first_painting_without_drawing_again(
    qapp: Any, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = Scene(state=ENABLED | SELECTED, logo=_logo("#d03030"))
    delegate = new_delegate(scene)
    first = render(delegate, scene)

    def no_drawing(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a cached card was drawn again")

    monkeypatch.setattr(delegate, "_draw", no_drawing)
    assert render(delegate, scene) == first
    assert render(delegate, replace(scene, row=make_poll(1))) == first  # equal values, new object


def _max_difference(a: QImage, b: QImage) -> tuple[int, int]:
    """How many pixels differ, and by how much at most (per channel)."""
    assert a.size() == b.size()
    count = worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                count += 1
                worst = max(worst, *(abs((pa >> s & 255) - (pb >> s & 255)) for s in (0, 8, 16)))
    return count, worst


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("state", [ENABLED, ENABLED | SELECTED, ENABLED | HOVER])
def test_cached_cards_look_like_cards_painted_directly(
    qapp: Any, clock: Clock, ratio: float, state: QStyle.StateFlag
) -> None:
    # Drawn into a transparent pixmap first, antialiased edges round a little differently.
    logo = _logo("#d03030")
    for row, shown_logo in (
        (make_poll(1), None),
        (make_poll(2, quorum=None), logo),
        (make_user_poll(3, voted=True), None),
    ):
        scene = Scene(row=row, state=state, ratio=ratio, logo=shown_logo)
        cached = render(new_delegate(scene), scene)
        direct = render(new_delegate(scene, cache_cards=False), scene)
        count, worst = _max_difference(cached, direct)
        assert worst <= 2
        assert count <= cached.width() * cached.height() // 100


def test_a_logo_arriving_is_drawn_over_the_cached_card(
    qapp: Any, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = Scene()
    delegate = new_delegate(scene)
    render(delegate, scene)  # the partner's initials while the logo loads

    def no_drawing(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the card was drawn again for its logo")

    monkeypatch.setattr(delegate, "_draw", no_drawing)
    scene.logo = _logo("#d03030")
    shown = render(delegate, scene)
    assert len(delegate._cards) == 1
    assert shown == render(new_delegate(scene), scene)


def test_cards_are_kept_at_the_device_pixel_ratio(qapp: Any, clock: Clock) -> None:
    scene = Scene(ratio=2.0)
    delegate = new_delegate(scene)
    render(delegate, scene)
    (card,) = delegate._cards.values()
    assert card.devicePixelRatio() == 2.0
    assert (card.width(), card.height()) == (1200, 2 * ROW_HEIGHT)
    assert card.hasAlphaChannel()  # the rounded corners show the list behind them


@pytest.mark.parametrize(("ratio", "scale"), [(1.5, 1.0), (1.0, 2.0)])
def test_fractional_ratios_and_scaling_painters_paint_directly(
    qapp: Any, clock: Clock, ratio: float, scale: float
) -> None:
    scene = Scene(ratio=ratio)
    delegate = new_delegate(scene)
    shown = render(delegate, scene, scale=scale)
    assert not delegate._cards
    assert shown == render(new_delegate(scene, cache_cards=False), scene, scale=scale)


def test_the_cache_keeps_its_budget_and_the_latest_cards(
    qapp: Any, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = Scene()
    delegate = new_delegate(scene)
    drawn: list[int] = []
    draw = delegate._draw

    def counting(*args: Any, **kwargs: Any) -> None:
        drawn.append(1)
        draw(*args, **kwargs)

    monkeypatch.setattr(delegate, "_draw", counting)
    for n in range(120):  # ~26 MB of cards at 600 x 92
        render(delegate, replace(scene, row=make_poll(n)))
    assert delegate._card_bytes <= CARD_CACHE_MIN_BYTES
    assert 0 < len(delegate._cards) < 120
    count = len(drawn)
    render(delegate, replace(scene, row=make_poll(119)))  # the latest: kept
    assert len(drawn) == count
    render(delegate, replace(scene, row=make_poll(0)))  # the first: dropped, drawn again
    assert len(drawn) == count + 1


def test_a_row_without_a_poll_paints_an_empty_card(qapp: Any) -> None:
    model = PollListModel()
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 600, ROW_HEIGHT)
    option.palette = QApplication.palette()
    image = QImage(QSize(600, ROW_HEIGHT), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    PollDelegate().paint(painter, option, model.index(0, 0))  # an invalid index: no poll
    painter.end()
    blank = QImage(image.size(), image.format())
    blank.fill(Qt.GlobalColor.white)
    assert image != blank  # the card's frame is drawn
    assert image.pixelColor(300, ROW_HEIGHT // 2) == blank.pixelColor(300, ROW_HEIGHT // 2)
