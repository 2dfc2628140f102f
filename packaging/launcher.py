"""Entry script of the frozen application."""

import sys

from partner_desktop.startup import main

if __name__ == "__main__":
    sys.exit(main())
