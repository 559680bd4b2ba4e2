"""Browser test harness: Playwright for Python driving Debian's Chromium, axe-core on every page.

Every main-frame page a test visits is recorded; ``axe_check(page)`` runs axe-core (shipped by
the ``axe-playwright-python`` package) on the current page and fails on any violation. A test
that navigates to a page and never checks it fails at teardown, so no visited page escapes the
check. On failure a screenshot goes to ``test-artifacts/``.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

# Playwright's sync API runs an event loop in this thread; the Django ORM calls the tests make
# between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("MADOGUCHI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(os.environ.get("MADOGUCHI_TEST_ARTIFACTS", "test-artifacts"))
_axe = Axe()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Run the README's test command, which installs "
            "Debian's chromium, or: sudo apt-get install chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


class VisitLog:
    def __init__(self) -> None:
        self.visited: list[str] = []
        self.checked: set[str] = set()

    def unchecked(self) -> list[str]:
        return [url for url in self.visited if url not in self.checked]


def _new_page(
    browser: Browser, request: pytest.FixtureRequest, *, javascript: bool
) -> Iterator[tuple[Page, VisitLog]]:
    context: BrowserContext = browser.new_context(
        java_script_enabled=javascript, locale="ja-JP", viewport={"width": 1024, "height": 800}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    log = VisitLog()
    page.on(
        "framenavigated",
        lambda frame: log.visited.append(frame.url) if frame == page.main_frame else None,
    )
    page._madoguchi_log = log  # type: ignore[attr-defined]
    page._madoguchi_js = javascript  # type: ignore[attr-defined]
    yield page, log
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-150:]
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()
    if failed is not None and failed.passed:
        missing = log.unchecked()
        assert not missing, f"pages visited without an axe check: {missing}"


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    yield from (p for p, _ in _new_page(browser, request, javascript=True))


@pytest.fixture
def nojs_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    yield from (p for p, _ in _new_page(browser, request, javascript=False))


def axe_check(page: Page) -> None:
    """Run axe-core on the page as it is now; fail on any violation."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if page._madoguchi_js:  # type: ignore[attr-defined]
        target = page
        results = _axe.run(target)
    else:
        # Scripts are disabled in this context, so axe runs in a JavaScript-enabled page of its
        # own that is served the very same HTML at the same address (styles load as usual).
        html = page.content()
        url = page.url
        context = page.context.browser.new_context(java_script_enabled=True)  # type: ignore[union-attr]
        try:
            target = context.new_page()
            target.route(
                url, lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8")
            )
            target.goto(url, wait_until="load")
            results = _axe.run(target)
        finally:
            context.close()
    page._madoguchi_log.checked.add(page.url)  # type: ignore[attr-defined]
    assert results.violations_count == 0, (
        f"axe violations on {page.url}:\n{results.generate_report()}"
    )


@pytest.fixture
def site(live_server: Any, settings: Any) -> Any:
    """The live server, with mail links pointing at it."""
    settings.MADOGUCHI_PUBLIC_URL = live_server.url
    return live_server


@pytest.fixture
def visit(site: Any) -> Callable[[Page, str], None]:
    def go(page: Page, path: str) -> None:
        page.goto(site.url + path)
        axe_check(page)

    return go


def staff_login(page: Page, site: Any, email: str, *, language: str = "ja") -> None:
    """Log a staff member in through the real pages: password, then the TOTP code of the
    test secret; every page on the way is checked with axe."""
    import pyotp

    from tests.conftest import PASSWORD, TOTP_SECRET

    page.goto(f"{site.url}/{language}/accounts/login/")
    axe_check(page)
    page.locator("#id_email").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    axe_check(page)
    page.locator("#id_code").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.locator("main form button[type=submit]").click()
    axe_check(page)


@pytest.fixture
def make_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Callable[..., Page]]:
    """Pages in separate browser contexts (separate devices), each checked like ``page``."""
    opened: list[Iterator[tuple[Page, VisitLog]]] = []

    def make(*, javascript: bool = True) -> Page:
        pages = _new_page(browser, request, javascript=javascript)
        opened.append(pages)
        return next(pages)[0]

    yield make
    for pages in opened:
        with contextlib.suppress(StopIteration):
            next(pages)


def demo_login(page: Page, site: Any, email: str, *, totp: bool) -> None:
    """Log a demo account in (demo password; for staff, the demo TOTP key's current code)."""
    import pyotp

    from madoguchi.accounts.demo import DEMO_PASSWORD, demo_totp_secret

    page.goto(site.url + "/ja/accounts/login/")
    axe_check(page)
    page.locator("#id_email").fill(email)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    axe_check(page)
    if totp:
        page.locator("#id_code").fill(pyotp.TOTP(demo_totp_secret(email)).now())
        page.locator("main form button[type=submit]").click()
        axe_check(page)
