"""Helpers shared by tests (not fixtures): the browser step of sign-in, and similar."""
