"""What the browser tests share: Debian's Chromium (Playwright cannot download its own here), how to launch
it, and an article whose text tries to run code."""
import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
HOSTILE = """米国が中国に警告<img src=x onerror="window.__pwned=1">

米国は中国に対し、ロシアへの支援をやめるよう警告した<script>window.__pwned=2</script>。
日本は<a href="javascript:window.__pwned=3">中国</a>に抗議した。
"""


def require_chromium() -> None:
    """Skip the calling test module without Chromium, except in CI, where its absence is an error."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            raise RuntimeError("CI must install Debian's chromium (.ci/run does)")
        pytest.skip("Debian's chromium is not installed here (.ci/run installs it for CI)", allow_module_level=True)


def chromium():
    """Headless Chromium for a module-scoped fixture: yields the browser, closes it after."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()
