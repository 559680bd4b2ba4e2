"""The rush benchmark: many residents submitting the same online procedure at once.

What it measures
----------------
The production server set-up (gunicorn with several workers, PostgreSQL) on loopback. N
simulated residents, each with its own HTTP session and its own client address (sent as
``X-Forwarded-For``, as residents behind the city's reverse proxy would have, so the per-address
rate limits stay on and apply per resident), log in and fill a three-step application up to the
check-your-answers page. The procedure has a first-come window with a place for each of them,
as when a window opens at 9:00. Then they all wait on one barrier and press "Submit" at the same
moment; a share of them (``--double``) double-clicks, sending the same submission twice at once
from two threads.

The report gives

* submissions per second: acknowledged submissions / (time from the barrier's release to the
  last submit response);
* p50 and p99 latency of the submit request (every click, retries included: what the resident
  waits for);
* submissions lost (acknowledged, but not stored as submitted with a reference) and duplicated
  (a resident with more than one non-draft application, or an application with more than one
  "submitted" status change), checked against the database after the rush;
* the ceiling: the throughput of the no-op view ``GET /healthz`` on the same server, at the same
  concurrency, measured in the same run (twice before the rush and once after, median reported);
  submit throughput is reported as a share of it;
* for information, the same no-op view with a logged-in resident's session (the session and user
  reads every logged-in request pays), and the window's count of places taken, which must equal
  the submissions stored.

With ``--kill-worker`` one gunicorn worker is SIGKILLed shortly after the barrier's release.
The client then behaves like a browser whose user presses the button again: a request that
fails with a connection error or a 5xx is retried (up to three times). No acknowledged
submission may be lost and none may be doubled.

Targets on the reference 2-core machine (100 residents): 0 lost, 0 duplicated, submit
throughput at least 40 % of the ceiling, submit p99 under 500 ms. The benchmark always exits
0 when it ran; a missed target is printed as FAIL.

Set-up and clean-up are not measured: a fresh PostgreSQL database ``madoguchi_bench_<pid>``
(dropped afterwards unless ``--keep-db``), a temporary data directory, ``madoguchi migrate``,
the departments, a procedure ``bench-rush`` with a published three-step form and N residents.

Run it from the project root::

    .venv/bin/python bench/rush.py [--residents 100] [--double 0.2] [--workers 2] [--threads 1]
                                   [--kill-worker] [--keep-db]

PostgreSQL must listen on 127.0.0.1:5432 and let the ``postgres`` user in (trust); set
``BENCH_DATABASE_URL`` to another server URL (any database on it; the benchmark creates its
own) to use something else.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import psycopg
import requests
from psycopg import sql

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PROCEDURE_CODE = "bench-rush"
PASSWORD = "rush-bench-password-2026"  # noqa: S105  (throw-away accounts in a throw-away database)
EMAIL_DOMAIN = "bench.madoguchi.example"
REQUEST_TIMEOUT = 120.0
MAX_RETRIES = 3
CEILING_REQUESTS_PER_THREAD = 20

# Targets (on the reference 2-core machine, with 100 residents).
TARGET_CEILING_SHARE = 0.40
TARGET_P99_MS = 500.0

CSRF_RE = re.compile(
    r'name="csrfmiddlewaretoken"\s+value="([^"]+)"|value="([^"]+)"\s+name="csrfmiddlewaretoken"'
)

FORM_DEFINITION: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": {"ja": "申請者", "en": "Applicant"},
            "items": [
                {
                    "key": "applicant.name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "label": {"ja": "氏名", "en": "Full name"},
                },
                {
                    "key": "contact.phone",
                    "type": "phone_jp",
                    "required": True,
                    "label": {"ja": "電話番号", "en": "Phone number"},
                },
            ],
        },
        {
            "key": "booking",
            "title": {"ja": "申込内容", "en": "Booking"},
            "items": [
                {
                    "key": "booking.session",
                    "type": "single_choice",
                    "required": True,
                    "label": {"ja": "参加する回", "en": "Session"},
                    "choices": [
                        {"value": "morning", "label": {"ja": "午前の部", "en": "Morning"}},
                        {"value": "afternoon", "label": {"ja": "午後の部", "en": "Afternoon"}},
                    ],
                },
                {
                    "key": "booking.people",
                    "type": "number",
                    "required": True,
                    "min": 1,
                    "max": 4,
                    "decimal_places": 0,
                    "label": {"ja": "参加人数", "en": "Number of people"},
                },
            ],
        },
        {
            "key": "notes",
            "title": {"ja": "その他", "en": "Other"},
            "items": [
                {
                    "key": "notes.message",
                    "type": "long_text",
                    "required": False,
                    "max_length": 1000,
                    "label": {"ja": "連絡事項", "en": "Message"},
                },
                {
                    "key": "notes.first_time",
                    "type": "yes_no",
                    "required": True,
                    "label": {"ja": "初めての参加ですか", "en": "Is this your first time?"},
                },
            ],
        },
    ],
}

# Runs inside ``madoguchi shell -c`` (Django configured for the benchmark database).
SETUP_SCRIPT = """
import json, os
from django.db import transaction
from django.utils import timezone
from madoguchi.accounts.demo import departments_load
from madoguchi.accounts.models import AssuranceLevel, Department, User, UserKind
from django.contrib.auth.hashers import make_password
from madoguchi.formengine.services import form_load
from madoguchi.procedures.models import Procedure
from madoguchi.procedures.services import procedure_reindex

departments_load()
department = Department.objects.order_by("sort_order", "pk").first()
procedure = Procedure(
    code=os.environ["BENCH_PROCEDURE"],
    name="ベンチマーク講座申込",
    name_i18n={"en": "Benchmark course booking"},
    summary="負荷試験用の手続",
    department=department,
    category="community",
    identity_level="email",
    online=True,
    processing_days=5,
)
procedure_reindex(procedure=procedure)
procedure.full_clean(exclude=["department"])
procedure.save()
form_load(procedure=procedure, definition=json.loads(os.environ["BENCH_FORM"]))
count = int(os.environ["BENCH_RESIDENTS"])
# The rush is a window opening: a first-come window with a place for every resident, so every
# submission also takes its place with the conditional UPDATE on the window's one row.
from datetime import timedelta
from madoguchi.procedures.models import ApplicationWindow
ApplicationWindow.objects.create(
    procedure=procedure,
    opens_at=timezone.now() - timedelta(minutes=1),
    closes_at=timezone.now() + timedelta(days=1),
    capacity=count,
    mode=ApplicationWindow.Mode.FIRST_COME,
)
domain = os.environ["BENCH_EMAIL_DOMAIN"]
ids = []
with transaction.atomic():
    for i in range(count):
        user = User.objects.create_user(
            f"resident{i:04d}@{domain}",
            None,
            display_name=f"区民{i:04d}",
            kind=UserKind.RESIDENT,
            email_verified_at=timezone.now(),
            assurance_level=AssuranceLevel.EMAIL_VERIFIED,
        )
        ids.append(user.pk)
    # One Argon2 hash for everyone: hashing 100 passwords one by one only slows the set-up.
    User.objects.filter(pk__in=ids).update(password=make_password(os.environ["BENCH_PASSWORD"]))
print("BENCH_SETUP " + json.dumps({"procedure_id": procedure.pk, "department": department.code}))
"""


class JourneyError(Exception):
    """A resident could not get to the check page (reported, not measured)."""


@dataclass
class Resident:
    index: int
    email: str
    ip: str
    session: requests.Session
    public_id: str = ""
    check_url: str = ""
    csrf: str = ""
    double: bool = False


@dataclass
class Click:
    """One press of the submit button: possibly several HTTP attempts (retries)."""

    resident: int
    started: float = 0.0
    finished: float = 0.0
    status: int | None = None
    location: str = ""
    retries: int = 0
    error: str = ""
    failures: list[str] = field(default_factory=list)

    @property
    def latency_ms(self) -> float:
        return (self.finished - self.started) * 1000

    def acknowledged(self, public_id: str) -> bool:
        """A 302 to the "submitted" page, or to the application's page (already submitted)."""
        if self.status != 302:
            return False
        path = urlsplit(self.location).path
        return path.endswith(
            (f"/applications/{public_id}/submitted/", f"/applications/{public_id}/")
        )


@dataclass
class Ceiling:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu: dict[str, float]
    seconds: float


@dataclass
class Rush:
    clicks: list[Click]
    released: float
    last_response: float
    cpu: dict[str, float]
    killed_pid: int | None = None


@dataclass
class Verification:
    acknowledged: int
    lost: int
    duplicated: int
    stored_not_acknowledged: int
    places_taken: int = 0
    places_match: bool = True
    problems: list[str] = field(default_factory=list)
    audit: str = ""


# --- Helpers -----------------------------------------------------------------------------------


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (1..99) of ``values``, inclusive method."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _process_cpu(pid: int | str) -> float:
    """CPU seconds (user + system) a process has used so far; 0 when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _postgres_pids() -> list[str]:
    pids = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "postgres":
                pids.append(comm.parent.name)
        except OSError:
            continue
    return pids


CpuSnapshot = dict[str, dict[str, float]]


def cpu_snapshot(env: Environment) -> CpuSnapshot:
    """CPU seconds used so far by each process of the server (gunicorn), PostgreSQL and this
    client, by group and process id."""
    assert env.server is not None
    own = os.times()
    return {
        "server": {str(p): _process_cpu(p) for p in [env.server.pid, *env.workers()]},
        "postgres": {p: _process_cpu(p) for p in _postgres_pids()},
        "client": {"self": own.user + own.system},
    }


def cpu_used(before: CpuSnapshot, after: CpuSnapshot) -> dict[str, float]:
    """CPU seconds each group used in between. A process that ended in between (a killed
    worker, its database connection) takes its seconds with it: the figure is a lower bound."""
    return {
        group: sum(max(seconds - before[group].get(pid, 0.0), 0.0) for pid, seconds in pids.items())
        for group, pids in after.items()
    }


def cpu_text(cpu: dict[str, float], seconds: float) -> str:
    available = (os.cpu_count() or 1) * seconds
    parts = "  ".join(f"{key} {value:.2f} s" for key, value in cpu.items())
    return f"{parts}  (of {available:.2f} core-seconds)"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def csrf_token(html: str) -> str:
    match = CSRF_RE.search(html)
    if match is None:
        raise JourneyError("no CSRF token on the page")
    return match.group(1) or match.group(2)


def fake_address(index: int) -> str:
    """A distinct private address per simulated client (index 0 .. 15 million)."""
    return f"10.{index // 62500 % 250}.{index // 250 % 250}.{index % 250 + 1}"


def new_session(ip: str, pool: int = 2) -> requests.Session:
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=pool, max_retries=0)
    session.mount("http://", adapter)
    session.headers["X-Forwarded-For"] = ip
    session.headers["Accept-Language"] = "ja"
    return session


def expect(response: requests.Response, status: int, what: str) -> requests.Response:
    if response.status_code != status:
        raise JourneyError(f"{what}: HTTP {response.status_code} (expected {status})")
    return response


# --- Set-up ------------------------------------------------------------------------------------


class Environment:
    """The database, the data directory and the gunicorn server for one benchmark run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.server_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_SERVER_URL)
        self.db_name = f"madoguchi_bench_{os.getpid()}"
        self.db_url = with_database(self.server_url, self.db_name)
        self.tmp = Path(tempfile.mkdtemp(prefix="madoguchi-rush-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server: subprocess.Popen[bytes] | None = None
        self.log_path = self.tmp / "gunicorn.log"
        self.db_created = False
        self.procedure_id = 0
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "madoguchi.settings",
            "DATABASE_URL": self.db_url,
            "MADOGUCHI_ENV": "demo",
            "MADOGUCHI_DATA_DIR": str(self.tmp / "data"),
            "MADOGUCHI_PUBLIC_URL": self.base,
            "MADOGUCHI_TRUSTED_PROXY_COUNT": "1",
            "MADOGUCHI_LOG_LEVEL": "WARNING",
        }

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.server_url, autocommit=True)

    def connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.db_url, autocommit=True)

    def madoguchi(self, *argv: str, extra_env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "madoguchi", *argv],
            env={**self.env, **(extra_env or {})},
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"`madoguchi {argv[0]}` failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result.stdout

    def prepare(self) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.db_name)))
        self.db_created = True
        self.madoguchi("migrate", "--no-input", "--verbosity", "0")
        out = self.madoguchi(
            "shell",
            "-c",
            SETUP_SCRIPT,
            extra_env={
                "BENCH_PROCEDURE": PROCEDURE_CODE,
                "BENCH_FORM": json.dumps(FORM_DEFINITION, ensure_ascii=False),
                "BENCH_RESIDENTS": str(self.args.residents),
                "BENCH_EMAIL_DOMAIN": EMAIL_DOMAIN,
                "BENCH_PASSWORD": PASSWORD,
            },
        )
        line = next(x for x in out.splitlines() if x.startswith("BENCH_SETUP "))
        self.procedure_id = json.loads(line.removeprefix("BENCH_SETUP "))["procedure_id"]

    def start_server(self) -> None:
        log = self.log_path.open("wb")
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "madoguchi.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.args.workers),
                "--threads",
                str(self.args.threads),
                "--graceful-timeout",
                "10",
                "--control-socket",
                str(self.tmp / "gunicorn.ctl"),
            ],
            env=self.env,
            cwd=PROJECT_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(f"gunicorn did not start:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.3)
        else:
            raise RuntimeError(f"gunicorn did not answer /healthz in 90 s:\n{self.log_tail()}")
        # Every worker must have booted (and connected) before anything is measured.
        deadline = time.monotonic() + 60
        while len(self.workers()) < self.args.workers and time.monotonic() < deadline:
            time.sleep(0.2)

    def workers(self) -> list[int]:
        """The gunicorn master's child processes (its workers)."""
        assert self.server is not None
        pids: set[int] = set()
        for children in Path(f"/proc/{self.server.pid}/task").glob("*/children"):
            try:
                pids.update(int(p) for p in children.read_text().split())
            except OSError:
                continue
        return sorted(pids)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def close(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
        if self.db_created and not self.args.keep_db:
            try:
                with self.admin() as conn:
                    conn.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(self.db_name)
                        )
                    )
            except psycopg.Error as exc:
                print(f"warning: could not drop {self.db_name}: {exc}", file=sys.stderr)
        if not self.args.keep_db:
            # With --keep-db the data directory stays too: it holds the field encryption key.
            shutil.rmtree(self.tmp, ignore_errors=True)


# --- The resident's journey --------------------------------------------------------------------


def log_in(base: str, resident: Resident) -> None:
    url = f"{base}/ja/accounts/login/"
    page = expect(resident.session.get(url, timeout=REQUEST_TIMEOUT), 200, "login page")
    response = resident.session.post(
        url,
        data={
            "csrfmiddlewaretoken": csrf_token(page.text),
            "email": resident.email,
            "password": PASSWORD,
        },
        allow_redirects=False,
        timeout=REQUEST_TIMEOUT,
    )
    expect(response, 302, "login")


STEP_ANSWERS: list[Callable[[int], dict[str, str]]] = [
    lambda i: {"applicant.name": f"港 区民{i:04d}", "contact.phone": f"090-{i:04d}-5678"},
    lambda i: {
        "booking.session": ("morning", "afternoon")[i % 2],
        "booking.people": str(1 + i % 4),
    },
    lambda i: {"notes.message": "よろしくお願いします。\n" * 3, "notes.first_time": "yes"},
]


def journey(base: str, resident: Resident) -> None:
    """Start the application, answer its three steps and open the check page."""
    s = resident.session
    apply_url = f"{base}/ja/procedures/{PROCEDURE_CODE}/apply/"
    page = expect(s.get(apply_url, timeout=REQUEST_TIMEOUT), 200, "apply page")
    resident.csrf = csrf_token(page.text)
    response = s.post(
        apply_url, data={"csrfmiddlewaretoken": resident.csrf}, timeout=REQUEST_TIMEOUT
    )
    expect(response, 200, "start")
    match = re.search(r"/applications/([0-9a-f-]{36})/steps/[^/]+/$", response.url)
    if match is None:
        raise JourneyError(f"start did not lead to a step but to {response.url}")
    resident.public_id = match.group(1)
    step_url = response.url
    for number, answers in enumerate(STEP_ANSWERS, start=1):
        response = s.post(
            step_url,
            data={
                "csrfmiddlewaretoken": resident.csrf,
                "action": "continue",
                **answers(resident.index),
            },
            allow_redirects=False,
            timeout=REQUEST_TIMEOUT,
        )
        expect(response, 302, f"step {number}")
        step_url = urljoin(base, response.headers["Location"])
    if not step_url.endswith(f"/applications/{resident.public_id}/check/"):
        raise JourneyError(f"the last step led to {step_url}, not the check page")
    page = expect(s.get(step_url, timeout=REQUEST_TIMEOUT), 200, "check page")
    if 'name="declaration"' not in page.text:
        raise JourneyError("the check page has no declaration box")
    resident.check_url = step_url
    resident.csrf = csrf_token(page.text)


def submit(resident: Resident, session: requests.Session, click: Click) -> None:
    """Press "Submit"; like a browser user, press again after a failure (at most 3 times)."""
    data = {"csrfmiddlewaretoken": resident.csrf, "declaration": "on"}
    click.started = time.perf_counter()
    for attempt in range(MAX_RETRIES + 1):
        if attempt:
            click.retries += 1
            time.sleep(0.1 * attempt)
        try:
            response = session.post(
                resident.check_url, data=data, allow_redirects=False, timeout=REQUEST_TIMEOUT
            )
        except requests.RequestException as exc:
            click.status, click.error = None, type(exc).__name__
            click.failures.append(click.error)
            continue
        click.status = response.status_code
        click.location = response.headers.get("Location", "")
        click.error = ""
        if response.status_code < 500:
            break
        click.failures.append(f"HTTP {response.status_code}")
    click.finished = time.perf_counter()


# --- Phases ------------------------------------------------------------------------------------


def run_parallel(jobs: list[Callable[[], None]], threads: int) -> list[str]:
    """Run ``jobs`` on ``threads`` threads; the errors, as text."""
    errors: list[str] = []

    def guarded(job: Callable[[], None]) -> None:
        try:
            job()
        except (JourneyError, requests.RequestException, KeyError) as exc:
            errors.append(f"{type(exc).__name__}: {exc}")

    with ThreadPoolExecutor(max_workers=max(threads, 1)) as pool:
        list(pool.map(guarded, jobs))
    return errors


def measure_ceiling(
    env: Environment, concurrency: int, residents: list[Resident] | None = None
) -> Ceiling:
    """``concurrency`` threads GET the no-op view; throughput and latency. With ``residents``,
    each thread sends a logged-in resident's session cookie, so every request also reads the
    session and the user (the floor under anything a logged-in resident does)."""
    base = env.base
    barrier = threading.Barrier(concurrency + 1)
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    ends = [0.0] * concurrency
    errors = [0] * concurrency

    def client(n: int) -> None:
        session = new_session(fake_address(60000 + n))
        if residents:
            session.cookies.update(residents[n % len(residents)].session.cookies)
        barrier.wait()
        for _ in range(CEILING_REQUESTS_PER_THREAD):
            start = time.perf_counter()
            try:
                ok = session.get(f"{base}/healthz", timeout=REQUEST_TIMEOUT).status_code == 200
            except requests.RequestException:
                ok = False
            if ok:
                latencies[n].append(time.perf_counter() - start)
            else:
                errors[n] += 1
        ends[n] = time.perf_counter()
        session.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    before = cpu_snapshot(env)
    barrier.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    cpu = cpu_used(before, cpu_snapshot(env))
    flat = [x * 1000 for per in latencies for x in per]
    return Ceiling(
        requests_per_second=len(flat) / (max(ends) - released),
        p50_ms=percentile(flat, 50),
        p99_ms=percentile(flat, 99),
        errors=sum(errors),
        cpu=cpu,
        seconds=max(ends) - released,
    )


def rush(env: Environment, residents: list[Resident], kill_worker: bool) -> Rush:
    """Everyone presses "Submit" at once (double-clickers twice, from two threads)."""
    plan: list[tuple[Resident, requests.Session, Click]] = []
    for resident in residents:
        # Every click opens a new connection: gunicorn closes idle keep-alive connections after
        # 2 s, and a POST on a connection closed under it would show up as a retry.
        resident.session.close()
        plan.append((resident, resident.session, Click(resident.index)))
        if resident.double:
            # The second click of a double click: the same browser, so the same cookies.
            twin = new_session(resident.ip)
            twin.cookies.update(resident.session.cookies)
            plan.append((resident, twin, Click(resident.index)))
    barrier = threading.Barrier(len(plan) + 1)

    def press(resident: Resident, session: requests.Session, click: Click) -> None:
        barrier.wait()
        submit(resident, session, click)

    threads = [threading.Thread(target=press, args=item) for item in plan]
    for thread in threads:
        thread.start()
    killed: list[int] = []
    if kill_worker:
        victims = env.workers()

        def kill() -> None:
            time.sleep(env.args.kill_delay)
            if victims:
                pid = random.choice(victims)
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                except ProcessLookupError:
                    pass

        killer = threading.Thread(target=kill)
    before = cpu_snapshot(env)
    barrier.wait()
    released = time.perf_counter()
    if kill_worker:
        killer.start()
    for thread in threads:
        thread.join()
    if kill_worker:
        killer.join()
    cpu = cpu_used(before, cpu_snapshot(env))
    clicks = [click for _r, _s, click in plan]
    return Rush(
        clicks=clicks,
        released=released,
        last_response=max(c.finished for c in clicks),
        cpu=cpu,
        killed_pid=killed[0] if killed else None,
    )


def verify(env: Environment, residents: list[Resident], result: Rush) -> Verification:
    """Compare what the residents were told with what the database holds."""
    by_index = {r.index: r for r in residents}
    acknowledged = {
        c.resident for c in result.clicks if c.acknowledged(by_index[c.resident].public_id)
    }
    problems: list[str] = []
    with env.connect() as conn:
        rows = conn.execute(
            "SELECT a.public_id::text, a.status, a.reference, u.email FROM"
            " applications_application a JOIN accounts_user u ON u.id = a.applicant_id"
            " WHERE a.procedure_id = %s",
            (env.procedure_id,),
        ).fetchall()
        doubled_changes = conn.execute(
            "SELECT c.application_id, count(*) FROM applications_statuschange c"
            " JOIN applications_application a ON a.id = c.application_id"
            " WHERE a.procedure_id = %s AND c.to_status = 'submitted'"
            " GROUP BY c.application_id HAVING count(*) > 1",
            (env.procedure_id,),
        ).fetchall()
        places_row = conn.execute(
            "SELECT coalesce(sum(taken), 0) FROM procedures_applicationwindow"
            " WHERE procedure_id = %s",
            (env.procedure_id,),
        ).fetchone()
    places_taken = int(places_row[0]) if places_row else 0
    stored = {public_id: (status, reference) for public_id, status, reference, _e in rows}
    non_draft_per_email = Counter(email for _p, status, _r, email in rows if status != "draft")
    submitted_per_email = Counter(
        email for _p, status, ref, email in rows if status == "submitted" and ref
    )
    lost = 0
    for index in sorted(acknowledged):
        resident = by_index[index]
        status, reference = stored.get(resident.public_id, (None, None))
        if status != "submitted" or not reference:
            lost += 1
            problems.append(f"lost: {resident.email} {resident.public_id} ({status}, {reference})")
        elif submitted_per_email[resident.email] != 1:
            problems.append(
                f"{resident.email} has {submitted_per_email[resident.email]} submitted applications"
            )
    doubled_residents = [email for email, n in non_draft_per_email.items() if n > 1]
    for email in doubled_residents:
        problems.append(f"duplicated: {email} has {non_draft_per_email[email]} applications")
    for application_id, count in doubled_changes:
        problems.append(f"duplicated: application {application_id} submitted {count} times")
    stored_submitted = {
        r.index
        for r in residents
        if stored.get(r.public_id, ("", ""))[0] == "submitted" and stored[r.public_id][1]
    }
    submitted_count = sum(1 for _p, status, ref, _e in rows if status == "submitted" and ref)
    if places_taken != submitted_count:
        problems.append(
            f"the window counts {places_taken} places taken for {submitted_count} submissions"
        )
    try:
        audit = env.madoguchi("audit", "verify").strip()
    except RuntimeError as exc:
        audit = f"BROKEN: {str(exc).strip().splitlines()[-1]}"
    return Verification(
        acknowledged=len(acknowledged),
        lost=lost,
        duplicated=len(doubled_residents) + len(doubled_changes),
        stored_not_acknowledged=len(stored_submitted - acknowledged),
        places_taken=places_taken,
        places_match=places_taken == submitted_count,
        problems=problems,
        audit=audit,
    )


# --- Report ------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(
    args: argparse.Namespace,
    ceilings: list[Ceiling],
    logged_in: list[Ceiling],
    result: Rush,
    check: Verification,
    residents: list[Resident],
    journey_seconds: float,
    journey_errors: list[str],
) -> None:
    by_index = {r.index: r for r in residents}
    ceiling = statistics.median(c.requests_per_second for c in ceilings)
    ceiling_p50 = statistics.median(c.p50_ms for c in ceilings)
    ceiling_p99 = statistics.median(c.p99_ms for c in ceilings)
    latencies = [c.latency_ms for c in result.clicks]
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    window = result.last_response - result.released
    throughput = check.acknowledged / window if window > 0 else 0.0
    share = throughput / ceiling if ceiling else 0.0
    outcomes = Counter(
        "ack"
        if c.acknowledged(by_index[c.resident].public_id)
        else (f"HTTP {c.status}" if c.status is not None else c.error or "error")
        for c in result.clicks
    )
    doubles = sum(1 for r in residents if r.double)
    print()
    print("Madoguchi rush benchmark")
    print("=" * 64)
    print(f"residents                 {args.residents} ({len(residents)} reached the check page)")
    print(f"double-submit share       {args.double:.0%} ({doubles} residents clicked twice)")
    print(
        f"server                    gunicorn {args.workers} workers x {args.threads} threads"
        f" ({'sync' if args.threads == 1 else 'gthread'})"
    )
    print(f"CPU cores                 {os.cpu_count()} (shared by server, PostgreSQL and client)")
    print(f"journey (not a target)    {journey_seconds:.2f} s for start + 3 steps + check page")
    runs = ", ".join(f"{c.requests_per_second:.0f}" for c in ceilings)
    print(
        f"ceiling (GET /healthz)    {ceiling:.0f} req/s median of [{runs}]"
        f"   p50 {ceiling_p50:.1f} ms  p99 {ceiling_p99:.1f} ms"
    )
    floor = statistics.median(c.requests_per_second for c in logged_in)
    floor_runs = ", ".join(f"{c.requests_per_second:.0f}" for c in logged_in)
    print(
        f"logged-in no-op           {floor:.0f} req/s median of [{floor_runs}]"
        f" = {floor / ceiling if ceiling else 0:.1%} of the ceiling"
        f"   p50 {statistics.median(c.p50_ms for c in logged_in):.1f} ms"
        f"  p99 {statistics.median(c.p99_ms for c in logged_in):.1f} ms"
        "  (informative: the same view with a resident's session)"
    )
    print(
        f"submit throughput         {throughput:.1f} submissions/s"
        f" ({check.acknowledged} in {window:.2f} s) = {share:.1%} of the ceiling,"
        f" {throughput / floor if floor else 0:.1%} of the logged-in no-op"
    )
    print(
        f"submit latency            p50 {p50:.0f} ms  p99 {p99:.0f} ms"
        f"  max {max(latencies):.0f} ms  ({len(latencies)} requests)"
    )
    print(f"submit outcomes           {dict(sorted(outcomes.items()))}")
    print(f"CPU during the rush       {cpu_text(result.cpu, window)}")
    last = ceilings[-1]
    print(f"CPU, last ceiling run     {cpu_text(last.cpu, last.seconds)}")
    last = logged_in[-1]
    print(f"CPU, last logged-in run   {cpu_text(last.cpu, last.seconds)}")
    print(f"acknowledged              {check.acknowledged}")
    print(f"lost                      {check.lost}")
    print(f"duplicated                {check.duplicated}")
    print(f"stored, not acknowledged  {check.stored_not_acknowledged}")
    print(f"window places taken       {check.places_taken} of {args.residents}")
    reasons = Counter(reason for c in result.clicks for reason in c.failures)
    print(
        f"retries                   {sum(c.retries for c in result.clicks)}"
        + (f"  {dict(sorted(reasons.items()))}" if reasons else "")
    )
    killed = f"yes (pid {result.killed_pid})" if result.killed_pid else "no"
    print(f"worker killed             {killed}")
    print(f"audit chain               {check.audit}")
    for problem in (journey_errors + check.problems)[:20]:
        print(f"  ! {problem}")
    print("-" * 64)
    print(
        f"{verdict(check.lost == 0)}  0 lost"
        f"\n{verdict(check.duplicated == 0)}  0 duplicated"
        f"\n{verdict(check.places_match)}  window places taken = submissions (never over-booked)"
        f"\n{verdict(share >= TARGET_CEILING_SHARE)}  submit throughput"
        f" >= {TARGET_CEILING_SHARE:.0%} of the ceiling ({share:.1%})"
        f"\n{verdict(p99 < TARGET_P99_MS)}  submit p99 < {TARGET_P99_MS:.0f} ms ({p99:.0f} ms)"
    )
    every = (
        check.lost == 0
        and check.duplicated == 0
        and check.places_match
        and share >= TARGET_CEILING_SHARE
        and p99 < TARGET_P99_MS
        and check.acknowledged == args.residents
    )
    if check.acknowledged != args.residents:
        print(f"FAIL  every resident acknowledged ({check.acknowledged}/{args.residents})")
    print("=" * 64)
    print("ALL TARGETS MET" if every else "SOME TARGETS MISSED (see FAIL above)")


# --- Main --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--residents", type=int, default=100, help="simulated residents")
    parser.add_argument(
        "--double", type=float, default=0.2, help="share of residents who double-click"
    )
    # The defaults are the best of workers 2/4 x threads 1/2/4 on the reference 2-core machine
    # (see bench/README.md): one sync worker per core.
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per gunicorn worker (1: sync workers; more: gthread)",
    )
    parser.add_argument(
        "--kill-worker", action="store_true", help="SIGKILL one worker during the rush"
    )
    parser.add_argument(
        "--kill-delay",
        type=float,
        default=0.1,
        help="seconds after the barrier's release before the kill (default 0.1)",
    )
    parser.add_argument(
        "--keep-db",
        action="store_true",
        help="keep the benchmark database (and its data directory, which holds the field key)",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed for choosing double-clickers")
    args = parser.parse_args(argv)
    if args.residents < 1 or not 0 <= args.double <= 1:
        parser.error("--residents must be >= 1 and --double between 0 and 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = Environment(args)
    try:
        print(f"Set-up: database {env.db_name}, data in {env.tmp} …", flush=True)
        env.prepare()
        env.start_server()
        print(f"gunicorn up on {env.base} (workers {env.workers()})", flush=True)
        rng = random.Random(args.seed)
        residents = [
            Resident(
                index=i,
                email=f"resident{i:04d}@{EMAIL_DOMAIN}",
                ip=fake_address(i + 1),
                session=new_session(fake_address(i + 1)),
            )
            for i in range(args.residents)
        ]
        for resident in rng.sample(residents, round(args.residents * args.double)):
            resident.double = True
        errors = run_parallel(
            [partial(log_in, env.base, r) for r in residents], threads=args.residents
        )
        if errors:
            raise RuntimeError(f"{len(errors)} logins failed, e.g. {errors[0]}")
        ceilings = [measure_ceiling(env, args.residents) for _ in range(2)]
        logged_in = [measure_ceiling(env, args.residents, residents) for _ in range(2)]
        print("Residents fill in their applications …", flush=True)
        start = time.perf_counter()
        journey_errors = run_parallel(
            [partial(journey, env.base, r) for r in residents], threads=args.residents
        )
        journey_seconds = time.perf_counter() - start
        ready = [r for r in residents if r.check_url]
        if not ready:
            raise RuntimeError(f"no resident reached the check page: {journey_errors[:3]}")
        print(f"Rush: {len(ready)} residents press Submit at once …", flush=True)
        result = rush(env, ready, args.kill_worker)
        if args.kill_worker:
            # Let gunicorn replace the killed worker before the last ceiling run.
            deadline = time.monotonic() + 60
            while len(env.workers()) < args.workers and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1)
        ceilings.append(measure_ceiling(env, args.residents))
        logged_in.append(measure_ceiling(env, args.residents, residents))
        check = verify(env, ready, result)
        report(args, ceilings, logged_in, result, check, ready, journey_seconds, journey_errors)
        if args.keep_db:
            print(f"Database kept: {env.db_url} (data directory {env.tmp / 'data'})")
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except RuntimeError as exc:
        print(f"The benchmark could not run: {exc}", file=sys.stderr)
        tail = env.log_tail()
        if tail:
            print(f"--- gunicorn log ---\n{tail}", file=sys.stderr)
        return 2
    finally:
        env.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
