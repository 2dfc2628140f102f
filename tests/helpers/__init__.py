"""Plain functions and classes shared by tests (fixtures stay in conftest.py and tests/fixtures/).

One module per thing they help with: ``oauth`` (a sandbox profile, the browser step, real
tokens), ``sandbox_http`` (the sandbox over plain HTTP), ``network`` (scripted servers, a
dropping proxy), ``hostile`` (servers that misbehave), ``app_env`` (a signed-in client without a
window, the secrets scan), ``window`` (driving the main window), ``polls`` (polls without a
server), ``clock`` (time the test sets), ``contrast``, ``keyrings``, ``consent``, ``chromium``,
``interop``, ``notifications``, ``received``, ``rawhttp``, ``child_pytest``. Test modules and
conftest files import nothing from each other (tests/test_test_imports.py checks).
"""
