"""``python -m partner_desktop``: the same as the ``partner-desktop`` command."""

from partner_desktop.startup import main

if __name__ == "__main__":
    raise SystemExit(main())
