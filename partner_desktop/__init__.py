"""Partner Desktop: a desktop client for the Socios.com Partner API."""

__version__ = "0.1.0"
