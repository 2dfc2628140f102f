"""Partner Desktop: a desktop client for the Socios.com Partner API."""

import time

__version__ = "0.1.0"

#: When the package was first imported: close to process start for ``python -m partner_desktop``
#: and the frozen app; the start-up probe (``probe.py``) counts from here.
STARTED = time.perf_counter()
