"""Take the README's screenshots of the demo newsroom: `make screenshots`.

Serves the demo (var/db.sqlite3, loaded by `make demo`) on a free local port, drives
Debian's Chromium with Playwright, and writes PNGs to docs/screenshots/."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The demo server did not answer at {url}")


def main() -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"{base}/healthz")
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            desktop = browser.new_context(viewport={"width": 1280, "height": 900})
            page = desktop.new_page()
            page.goto(f"{base}/")
            page.click("a[href*='/timelines/']")
            page.wait_for_load_state()
            page.screenshot(path=OUT / "timeline-desktop.png", full_page=True)
            timeline_url = page.url

            phone = browser.new_context(
                viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
            )
            phone_page = phone.new_page()
            phone_page.goto(timeline_url)
            phone_page.screenshot(path=OUT / "timeline-phone.png", full_page=True)

            page.goto(f"{base}/accounts/login/")
            page.fill("#id_username", "editor")
            page.fill("#id_password", "demo-password-2011")
            page.click("button[type=submit]")
            page.wait_for_load_state()
            page.screenshot(path=OUT / "dashboard.png", full_page=True)
            page.click("table a[href*='/editor/articles/']")
            page.wait_for_load_state()
            # The text column scrolls on its own beside the claims (sticky), so the
            # article page is shown as a reader sees it: one screenful.
            page.set_viewport_size({"width": 1280, "height": 1100})
            page.screenshot(path=OUT / "article-page.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
