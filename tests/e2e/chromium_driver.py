"""Drive Debian's headless Chromium through chromedriver (selenium), for page tests.

Nothing here downloads a browser or a driver: the Service names /usr/bin/chromedriver, so
Selenium Manager is never consulted. Where Chromium is missing, tests skip locally and fail
under CI=true (see ``require_chromium``).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Callable

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER_CANDIDATES = ("/usr/bin/chromedriver",)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,900",
)


def _first(paths: tuple[str, ...]) -> str | None:
    return next((p for p in paths if Path(p).is_file() and os.access(p, os.X_OK)), None)


def require_chromium() -> tuple[str, str]:
    """The browser and driver paths; skip the test without them, or fail it under CI."""
    browser, driver = _first(CHROMIUM_CANDIDATES), _first(CHROMEDRIVER_CANDIDATES)
    problem = None
    if browser is None or driver is None:
        problem = "Debian's chromium and chromium-driver packages are not installed"
    else:
        try:
            import selenium  # noqa: F401
        except ImportError:
            problem = "the selenium package is not installed"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests need headless Chromium under CI: {problem}")
        pytest.skip(problem)
    return browser, driver  # type: ignore[return-value]


def launch(profile_dir: Path) -> Any:
    """A headless Chromium session with a fresh, empty profile and browser/performance logs."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = require_chromium()
    profile_dir.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile_dir}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    session = webdriver.Chrome(service=Service(driver), options=options)
    # Shared, busy machines: a large page may hold the driver longer than the 120 s default.
    session.command_executor.client_config.timeout = 600
    return session


def wait_for(check: Callable[[], Any], timeout: float = 60.0, interval: float = 0.05) -> Any:
    """Poll ``check`` until it returns something truthy; fail the test on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for the page")
        time.sleep(interval)


def open_page(driver: Any, path: Path, timeout: float = 60.0) -> None:
    """Open ``path`` from a file URL and wait until the layout has stopped."""
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(path.resolve().as_uri())
    wait_for(lambda: driver.execute_script("return window.stategraphStable === true"), timeout)


def console_messages(driver: Any, level: str = "SEVERE") -> list[str]:
    """Browser console entries at ``level`` since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == level]


def requested_urls(driver: Any) -> list[str]:
    """Every URL the page asked for since the last call (DevTools Network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls

