"""Whether a graphical display can be reached, asked before Qt is (no Qt here).

Without one, Qt's xcb plugin aborts the process with advice about reinstalling libxcb, which
sends a person the wrong way; the app says what is missing and exits instead.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

#: Qt platform plugins that need a display server (the others draw off-screen, to a VNC
#: client, to a frame buffer, ...).
_NEEDS_A_SERVER = frozenset({"", "xcb", "wayland", "wayland-egl"})

NO_DISPLAY = (
    "no graphical display found: Partner Desktop needs a desktop session "
    "(DISPLAY or WAYLAND_DISPLAY is not set)."
)


def display_missing(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True on Linux when no X11 or Wayland display is given and Qt would need one."""
    if not platform.startswith("linux"):
        return False
    # QT_QPA_PLATFORM may list fall-backs ("wayland;xcb") and options ("xcb:option").
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")
    if any(choice.split(":")[0].strip() not in _NEEDS_A_SERVER for choice in wanted):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")
