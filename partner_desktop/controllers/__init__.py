"""Async use cases: the only code that knows both Qt/qasync and the api/auth layers."""
