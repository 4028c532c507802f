"""Web benchmark of the public timeline page (`make bench-web`).

    python -m timeline.bench [--events 1000] [--articles 200] [--requests 2000] [--cold 100]

1. Seeds a throwaway SQLite database (a temporary directory under var/) with a
   published curated timeline of --events events drawn from --articles articles, each
   event with an accepted, checked, sourced claim.
2. Serves it with gunicorn (2 sync workers, timeline.bench_settings: DEBUG off) on a
   free port of 127.0.0.1.
3. Measures, with a thread pool of http.client connections, requests/s and p50/p99
   latency of:
   - trivial: /healthz (a plain-text view, the ceiling of this server);
   - cached:  the timeline page at one URL (served from the page cache after the first);
   - cold:    the timeline page at a new URL each time (?run=N), so every request misses
              the cache and renders all events: once with one client (latency), once
              with the pool (throughput, requests queue for the workers);
   then prints the figures and the ratios against the targets. Every request says
   Accept-Encoding: gzip, as browsers do; the sizes printed are the bytes on the wire.
"""

import argparse
import datetime
import http.client
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import local

BASE_DIR = Path(__file__).resolve().parent.parent
TARGET_CACHED_RATIO = 0.5
TARGET_COLD_P50_MS = 150.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(database: Path) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="timeline.bench_settings",
        DATABASE_URL=f"sqlite:///{database}",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="0",
        TESTING="0",
        SECURE_SSL_REDIRECT="0",
    )
    return env


def seed(*, events: int, articles: int) -> str:
    """Create the timeline (in this process, already pointed at the bench database) and
    return its slug. Bulk inserts: the bench measures serving, not seeding."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from factcheck.models import Article, Claim, ClaimStatus, Precision, Source, Verdict
    from timeline.models import Event, Timeline

    call_command("migrate", verbosity=0)
    now = timezone.now()
    body = "The Kazakh parliament decided May 18 to send troops to the NATO-led force. " * 3
    sentence = body[: body.index(".") + 1]
    created = Article.objects.bulk_create(
        Article(
            title=f"Bench article {n}",
            slug=f"bench-article-{n}",
            outlet="Bench Times",
            url=f"https://news.example.org/bench/{n}",
            published_on=datetime.date(2011, 5, 22),
            body=body,
            body_sha256=f"{n:064d}",
            is_published=True,
            published_at=now,
        )
        for n in range(articles)
    )
    verdicts = [Verdict.VERIFIED, Verdict.FALSE, Verdict.MISLEADING, Verdict.DISPUTED]
    precisions = [Precision.DAY, Precision.MONTH, Precision.YEAR]
    claims, event_rows = [], []
    for n in range(events):
        day = datetime.date(1990, 1, 1) + datetime.timedelta(days=11 * n)
        precision = precisions[n % 3]
        if precision == Precision.DAY:
            value, earliest, latest = day.isoformat(), day, day
        elif precision == Precision.MONTH:
            earliest = day.replace(day=1)
            latest = (earliest + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(
                days=1
            )
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value, earliest, latest = (
                str(day.year),
                datetime.date(day.year, 1, 1),
                datetime.date(day.year, 12, 31),
            )
        dated = {
            "date_text": value,
            "date_value": value,
            "earliest": earliest,
            "latest": latest,
            "precision": precision,
        }
        claims.append(
            Claim(
                article=created[n % articles],
                status=ClaimStatus.ACCEPTED,
                quote=sentence,
                start=0,
                end=len(sentence),
                statement=f"Claim number {n} about the troops",
                verdict=verdicts[n % len(verdicts)],
                verdict_note="Checked against the parliament's record.",
                reviewed_at=now,
                **dated,
            )
        )
        event_rows.append(Event(headline=f"Parliament decides, part {n}", **dated))
    claims = Claim.objects.bulk_create(claims)
    Source.objects.bulk_create(
        Source(
            claim=claim,
            url=f"https://records.example.org/{claim.pk}",
            title="Parliament record",
            publisher="Parliament",
        )
        for claim in claims
    )
    event_rows = Event.objects.bulk_create(event_rows)
    Event.claims.through.objects.bulk_create(
        Event.claims.through(event_id=event.pk, claim_id=claim.pk)
        for event, claim in zip(event_rows, claims, strict=True)
    )
    timeline = Timeline.objects.create(
        title="Bench timeline", slug="bench-timeline", is_published=True
    )
    Timeline.events.through.objects.bulk_create(
        Timeline.events.through(timeline_id=timeline.pk, event_id=event.pk) for event in event_rows
    )
    return timeline.slug


class _Client:
    """One keep-alive http.client connection per thread (reopened when the server closes it)."""

    def __init__(self, port: int, headers: dict):
        self.port = port
        self.headers = headers
        self.local = local()

    def get(self, path: str) -> tuple[float, int, int]:
        connection = getattr(self.local, "connection", None)
        if connection is None:
            connection = self.local.connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=30
            )
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers=self.headers)
            response = connection.getresponse()
            body = response.read()
        except (http.client.HTTPException, OSError):
            connection.close()
            self.local.connection = None
            raise
        elapsed = time.perf_counter() - started
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
        return elapsed, response.status, len(body)


def measure(port: int, paths, *, concurrency: int, headers: dict | None = None) -> dict:
    # As a browser would: the page cache sends gzip to clients that accept it.
    client = _Client(port, {"Accept-Encoding": "gzip"} if headers is None else headers)
    paths = list(paths)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(client.get, paths))
    wall = time.perf_counter() - started
    latencies = sorted(elapsed for elapsed, _, _ in results)
    statuses = {status for _, status, _ in results}
    return {
        "requests": len(results),
        "rps": len(results) / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        "statuses": sorted(statuses),
        "bytes": results[0][2],
    }


def _wait_until_up(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with code {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer /healthz in time")


def _line(name: str, figures: dict) -> str:
    return (
        f"{name:<9} {figures['requests']:>6} req  {figures['rps']:>8.1f} req/s  "
        f"p50 {figures['p50_ms']:>7.1f} ms  p99 {figures['p99_ms']:>7.1f} ms  "
        f"{figures['bytes']:>9} bytes sent  status {','.join(map(str, figures['statuses']))}"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--requests", type=int, default=2000, help="for trivial and cached")
    parser.add_argument("--cold", type=int, default=100, help="uncached page requests")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--stamp-seconds",
        type=float,
        default=2,
        help="how long a worker memoises the change stamp (0: query it on every request)",
    )
    parser.add_argument(
        "--identity",
        action="store_true",
        help="do not send Accept-Encoding: gzip (measure uncompressed pages)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args(argv)

    (BASE_DIR / "var").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="bench-web-", dir=BASE_DIR / "var"))
    env = _environment(workdir / "bench.sqlite3")
    env["PUBLIC_STAMP_SECONDS"] = str(args.stamp_seconds)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    port = _free_port()
    server = None
    try:
        print(f"Seeding {args.events} events from {args.articles} articles in {workdir} …")
        started = time.perf_counter()
        slug = seed(events=args.events, articles=args.articles)
        print(f"  seeded in {time.perf_counter() - started:.1f} s")
        gunicorn = Path(sys.executable).with_name("gunicorn")
        server = subprocess.Popen(
            [
                str(gunicorn) if gunicorn.exists() else "gunicorn",
                "factcheck.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=env,
        )
        _wait_until_up(port, server)
        page = f"/timelines/{slug}/"
        headers = {} if args.identity else None
        print(
            f"gunicorn on 127.0.0.1:{port}, {args.workers} workers; "
            f"{args.concurrency} client threads; change stamp memoised {args.stamp_seconds:g} s\n"
        )
        # Warm up: imports, connections, and one cached copy of the page per worker.
        measure(port, ["/healthz"] * 20 + [page] * (4 * args.workers), concurrency=args.concurrency)
        trivial = measure(
            port, ["/healthz"] * args.requests, concurrency=args.concurrency, headers=headers
        )
        cached = measure(
            port, [page] * args.requests, concurrency=args.concurrency, headers=headers
        )
        # Cold latency with one client (the render time a reader waits for), then cold
        # throughput with the same threads as the other runs (requests queue for workers).
        cold = measure(
            port, [f"{page}?run={n}" for n in range(args.cold)], concurrency=1, headers=headers
        )
        cold_busy = measure(
            port,
            [f"{page}?run=busy-{n}" for n in range(args.cold)],
            concurrency=args.concurrency,
            headers=headers,
        )
        for name, figures in (
            ("trivial", trivial),
            ("cached", cached),
            ("cold", cold),
            (f"cold x{args.concurrency}", cold_busy),
        ):
            print(_line(name, figures))
        cached_ratio = cached["rps"] / trivial["rps"]
        cold_ratio = cold["rps"] / trivial["rps"]
        print()
        print(
            f"cached / trivial req/s: {cached_ratio:.2f}  (target >= {TARGET_CACHED_RATIO}: "
            f"{'met' if cached_ratio >= TARGET_CACHED_RATIO else 'NOT met'})"
        )
        print(
            f"cold / trivial req/s:   {cold_ratio:.3f} (1 client), "
            f"{cold_busy['rps'] / trivial['rps']:.3f} ({args.concurrency} clients)"
        )
        print(
            f"cold p50: {cold['p50_ms']:.1f} ms  (target < {TARGET_COLD_P50_MS:.0f} ms: "
            f"{'met' if cold['p50_ms'] < TARGET_COLD_P50_MS else 'NOT met'})"
        )
        bad = {
            status
            for figures in (trivial, cached, cold, cold_busy)
            for status in figures["statuses"]
        }
        return 0 if bad == {200} else 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
