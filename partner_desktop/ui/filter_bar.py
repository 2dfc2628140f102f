"""The filter bar over the poll lists: search, status, partner and order, kept for next time."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partner_desktop.api.listing import Filters, Sort
from partner_desktop.models.partners import PartnerFilterModel
from partner_desktop.models.text import STATUSES, status_labels
from partner_desktop.ui.i18n import Retranslatable

#: The status filter's choices: every status, then each one alone.
STATUS_FILTERS: tuple[tuple[str, ...], ...] = ((), *((status,) for status in STATUSES))

#: Typing waits this long for the next key before the lists are asked again.
SEARCH_DEBOUNCE_MS = 350


class FilterRow(QWidget):
    """The filter boxes under their captions: side by side when the pane is wide enough for
    every choice, else the last one on a line of its own (nothing cut at 640 px)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("filterRow")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._cells: list[tuple[QLabel, QComboBox, bool]] = []
        self._wrapped: bool | None = None

    def add(self, caption: QLabel, box: QComboBox, *, whole: bool) -> None:
        self._cells.append((caption, box, whole))
        self._place(wrapped=False)

    def wrapped(self) -> bool:
        return bool(self._wrapped)

    @staticmethod
    def _whole_width(box: QComboBox) -> int:
        """The box's width with its widest choice in full."""
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        metrics = box.fontMetrics()
        text = max(
            (metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0
        )
        size = QSize(text, metrics.height())
        contents = QStyle.ContentsType.CT_ComboBox
        return box.style().sizeFromContents(contents, option, size, box).width()

    def needed_width(self) -> int:
        widths = [
            self._whole_width(box) if whole else box.minimumSizeHint().width()
            for _caption, box, whole in self._cells
        ]
        return sum(widths) + self._grid.horizontalSpacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as every box side by side at its least (the list pane's cards need that
        width anyway), whether or not the last box is on a line of its own."""
        least = sum(box.minimumSizeHint().width() for _c, box, _w in self._cells)
        spacing = self._grid.horizontalSpacing() * max(0, len(self._cells) - 1)
        return QSize(least + spacing, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(wrapped=event.size().width() < self.needed_width())

    def relayout(self) -> None:
        """Place the boxes again for choices whose words changed (another language)."""
        self._place(wrapped=self.width() < self.needed_width())

    def _place(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped and not any(
            self._grid.indexOf(box) < 0 for _c, box, _w in self._cells
        ):
            return
        self._wrapped = wrapped
        for caption, box, _whole in self._cells:
            self._grid.removeWidget(caption)
            self._grid.removeWidget(box)
        last = len(self._cells) - 1
        for index, (caption, box, _whole) in enumerate(self._cells):
            if wrapped and index == last and last > 0:
                self._grid.addWidget(caption, 2, 0, 1, last)
                self._grid.addWidget(box, 3, 0, 1, last)
            else:
                self._grid.addWidget(caption, 0, index)
                self._grid.addWidget(box, 1, index)
        columns = last if wrapped and last > 0 else last + 1
        for column in range(len(self._cells)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)


class FilterBar(Retranslatable, QWidget):
    """The search box and the Status, Partner and Sort choices.

    Emits ``changed`` with the new ``Filters`` once typing pauses (``SEARCH_DEBOUNCE_MS``) or
    at once for a choice, and keeps them in ``settings`` (``filters/*``) for the next start,
    where the constructor restores them.
    """

    changed = Signal(object)  # Filters

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._settings = settings
        self._quiet = False  # restoring or clearing: one emission at the end, if any
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.partner_model = PartnerFilterModel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("pollSearch")
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for statuses in STATUS_FILTERS:
            self.status_filter.addItem("", statuses)
        self.partner_filter = QComboBox(self)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.setModel(self.partner_model)
        self.sort_order = QComboBox(self)
        self.sort_order.setObjectName("sortOrder")
        for sort in Sort:
            self.sort_order.addItem("", sort.value)
        self.row = FilterRow(self)
        # A combo box is read by its value; its caption (its buddy) tells what it chooses.
        self.captions: list[QLabel] = []
        for box in (self.status_filter, self.partner_filter, self.sort_order):
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            caption = QLabel(self)
            caption.setObjectName("filterCaption")
            caption.setBuddy(box)
            self.captions.append(caption)
            # Status and Sort show their whole choice; a long partner name may be elided.
            self.row.add(caption, box, whole=box is not self.partner_filter)
            box.currentIndexChanged.connect(lambda _index: self._apply())
        column.addWidget(self.row)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.retranslate()
        self.restore()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search polls  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search polls"))
        # The clear button inside the box is read as what it does.
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
            button.setToolTip(self.tr("Clear search"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        words = status_labels()
        for row, statuses in enumerate(STATUS_FILTERS):
            text = words[statuses[0]] if statuses else self.tr("All statuses")
            self.status_filter.setItemText(row, text)
        self.partner_filter.setAccessibleName(self.tr("Filter by partner"))
        self.partner_model.retranslate()
        self.sort_order.setAccessibleName(self.tr("Sort polls"))
        captions = (
            (self.tr("&Status"), self.tr("Filter by status")),
            (self.tr("&Partner"), self.tr("Filter by partner")),
            (self.tr("S&ort"), self.tr("Sort polls")),
        )
        for title, (caption, name) in zip(self.captions, captions, strict=True):
            title.setText(caption)
            title.setAccessibleName(name)
        self.sort_order.setToolTip(self.tr("Order of the lists (Ctrl+Shift+S)"))
        sorts = {
            Sort.CLOSING_SOON: self.tr("Closing soon"),
            Sort.NEWEST: self.tr("Newest"),
            Sort.MOST_TOKENS: self.tr("Most tokens cast"),
        }
        for row, sort in enumerate(Sort):
            self.sort_order.setItemText(row, sorts[sort])
        self.row.relayout()  # the choices' new words may no longer fit side by side

    def filters(self) -> Filters:
        """The search, statuses, partner and order the boxes show."""
        return Filters(
            search=self.search.text().strip() or None,
            statuses=tuple(self.status_filter.currentData() or ()),
            partner_id=self.partner_model.partner_id(self.partner_filter.currentIndex()),
            sort=Sort(self.sort_order.currentData() or Sort.CLOSING_SOON),
        )

    def merge_partners(self, partners: list[tuple[str, str]]) -> None:
        """Partners seen in the lists, (id, name), offered by the partner filter."""
        self.partner_model.merge(partners)

    def clear(self) -> None:
        """No search, every status, every partner (the order stays); one ``changed``."""
        self._quiet = True
        try:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.partner_filter.setCurrentIndex(0)
        finally:
            self._quiet = False
        self._apply()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_sort(self) -> None:
        self.sort_order.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sort_order.showPopup()

    def restore(self) -> None:
        """The filters kept by the last run (no ``changed``: nothing was asked yet)."""
        s = self._settings
        partner_id = str(s.value("filters/partner", "") or "") or None
        partner_name = str(s.value("filters/partner_name", "") or "")
        self._quiet = True
        try:
            if partner_id and partner_name:
                self.partner_model.merge([(partner_id, partner_name)])
                self.partner_filter.setCurrentIndex(self.partner_model.row_of(partner_id))
            self.search.setText(str(s.value("filters/search", "") or ""))
            status = int(str(s.value("filters/status", 0) or 0))
            if 0 <= status < self.status_filter.count():
                self.status_filter.setCurrentIndex(status)
            sort = str(s.value("filters/sort", Sort.CLOSING_SOON) or Sort.CLOSING_SOON)
            self.sort_order.setCurrentIndex(max(0, self.sort_order.findData(sort)))
        finally:
            self._quiet = False
        self._search_timer.stop()

    def _apply(self) -> None:
        if self._quiet:
            return
        self._search_timer.stop()
        filters = self.filters()
        s = self._settings
        s.setValue("filters/search", filters.search or "")
        s.setValue("filters/status", self.status_filter.currentIndex())
        s.setValue("filters/sort", str(filters.sort))
        s.setValue("filters/partner", filters.partner_id or "")
        s.setValue(
            "filters/partner_name",
            self.partner_filter.currentText() if filters.partner_id else "",
        )
        self.changed.emit(filters)
