"""Residents' voices benchmark: the classifier's quality and speed, and the analysis
dashboard's server time on 100,000 generated voices.

    .venv/bin/python bench/voices.py [--voices 100000] [--repeat 20] [--database-url URL]

Classification: accuracy and macro-F1 on the held-out split of the bundled corpus
(``classifier.evaluate``: stratified 80/20, seed 131032) and the median time to classify one
voice; the baseline in the same run is the majority class (always the most frequent
category).

Dashboard: a fresh database (SQLite in a temporary folder unless ``--database-url`` names a
PostgreSQL server, where a database ``madoguchi_bench_voices_<pid>`` is created and dropped),
N voices generated over the last 12 months with realistic shares of categories, channels,
states, answers and ratings, then the staff analysis page (``/ja/staff/voices/analysis/``) is
requested through Django's test client as a policy analyst; the figure is the server time
of the whole page, p50 and p95, with ``/healthz`` through the same client as the baseline.
Target: p50 under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[index]


def classification() -> None:
    from collections import Counter

    from madoguchi.voices import classifier

    examples = classifier.corpus_load()
    started = time.perf_counter()
    evaluation = classifier.evaluate(examples=examples)
    seconds = time.perf_counter() - started
    counts = Counter(category for _, category in examples)
    majority = counts.most_common(1)[0][1] / len(examples)
    print("== Classification (held-out split of the bundled corpus)")
    split = f"train {evaluation.n_train}, test {evaluation.n_test}"
    print(f"examples              {len(examples)} ({split})")
    ratio = evaluation.accuracy / majority
    print(
        f"accuracy              {evaluation.accuracy:.3f}  "
        f"(majority-class baseline {majority:.3f}, ratio {ratio:.1f}x)"
    )
    print(f"macro-F1              {evaluation.macro_f1:.3f}")
    per_voice = evaluation.seconds_per_classification * 1000
    print(f"time per voice        {per_voice:.2f} ms (median, one by one)")
    print(f"train + evaluate      {seconds:.1f} s")
    per = getattr(evaluation, "per_category", None)
    if per:
        print(
            "per-category F1      ",
            ", ".join(f"{code} {scores.f1:.2f}" for code, scores in sorted(per.items())),
        )


def _setup_environment(database_url: str | None) -> tuple[str, str | None]:
    data_dir = tempfile.mkdtemp(prefix="madoguchi-bench-voices-")
    os.environ["MADOGUCHI_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "madoguchi.settings"
    created = None
    if database_url:
        import psycopg

        name = f"madoguchi_bench_voices_{os.getpid()}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base = database_url.rsplit("/", 1)[0]
        os.environ["DATABASE_URL"] = f"{base}/{name}"
        created = name
    else:
        os.environ.pop("DATABASE_URL", None)
    return data_dir, created


def _generate(count: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from madoguchi.accounts.models import Department
    from madoguchi.core.crypto import encrypt_text
    from madoguchi.voices import classifier, services
    from madoguchi.voices.models import Category, Channel, Status, Voice

    rng = random.Random(131032)
    departments = [
        Department.objects.create(code=f"bench-{i}", name=f"部署{i}", kind="department")
        for i in range(12)
    ]
    categories = list(Category.objects.all())
    for i, category in enumerate(categories):
        category.department = departments[i % len(departments)]
        category.save(update_fields=["department"])
    examples = classifier.corpus_load()
    pool = [services.terms_of(text) for text, _ in rng.sample(examples, 300)]
    body = encrypt_text("ベンチマーク用に生成したご意見です。")
    channels = [
        c
        for c, w in (
            (Channel.EMAIL, 45),
            (Channel.WEB, 30),
            (Channel.PHONE, 15),
            (Channel.VISIT, 5),
            (Channel.LETTER, 4),
            (Channel.FAX, 1),
        )
        for _ in range(w)
    ]
    now = timezone.now()
    batch: list[Voice] = []
    for n in range(count):
        received = now - timedelta(days=rng.random() * 365)
        category = rng.choice(categories)
        answered = (
            received + timedelta(days=rng.choice([1, 2, 3, 5, 8, 13, 21, 34]))
            if rng.random() < 0.8
            else None
        )
        if answered is not None and answered > now:
            answered = None
        status = (
            (Status.CLOSED if rng.random() < 0.7 else Status.ANSWERED)
            if answered
            else rng.choice([Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS])
        )
        term_list = rng.choice(pool)
        batch.append(
            Voice(
                reference=f"B{n:07d}",
                channel=rng.choice(channels),
                status=status,
                body=body,
                terms=term_list,
                category=category,
                department_id=category.department_id,
                received_at=received,
                received_month=f"{timezone.localtime(received):%Y-%m}",
                response_hours=int((answered - received).total_seconds() // 3600)
                if answered
                else None,
                deadline=(received + timedelta(days=14)).date(),
                answered_at=answered,
                satisfaction=rng.choice([None, None, 3, 4, 5, 2]) if answered else None,
            )
        )
        if len(batch) == 5000:
            with transaction.atomic():
                Voice.objects.bulk_create(batch)
            batch = []
    if batch:
        Voice.objects.bulk_create(batch)
    # The per-day word counts intake keeps (services.terms_count), built in bulk here.
    from collections import Counter

    from madoguchi.voices.models import TermDay

    counts: Counter[tuple[object, str]] = Counter()
    for received, terms in Voice.objects.values_list("received_at", "terms").iterator():
        day = timezone.localdate(received)
        counts.update((day, term[:100]) for term in set(terms))
    TermDay.objects.bulk_create(
        [TermDay(day=day, term=term, count=n) for (day, term), n in counts.items()],
        batch_size=5000,
    )


def dashboard(count: int, repeat: int) -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.test import Client

    from madoguchi.accounts.models import StaffRole
    from madoguchi.accounts.services import StaffRoleGrant, staff_create

    started = time.perf_counter()
    _generate(count)
    print(f"\n== Dashboard on {count:,} voices")
    print(f"generated in          {time.perf_counter() - started:.1f} s")
    from madoguchi.accounts.models import Department

    analyst = staff_create(
        email="analyst@bench.example",
        password=secrets.token_urlsafe(16),
        display_name="分析",
        grants=[
            StaffRoleGrant(department=Department.objects.first(), role=StaffRole.POLICY_ANALYST)
        ],
    )
    client = Client()
    client.force_login(analyst)
    session = client.session
    session["madoguchi_otp_verified"] = True
    session.save()

    def measure(path: str) -> list[float]:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            response = client.get(path, HTTP_HOST="127.0.0.1")
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        return times

    first_t0 = time.perf_counter()
    client.get("/ja/staff/voices/analysis/", HTTP_HOST="127.0.0.1")
    first = (time.perf_counter() - first_t0) * 1000
    baseline = measure("/healthz")
    page = measure("/ja/staff/voices/analysis/")
    p50 = statistics.median(page)
    print(f"first request         {first:.0f} ms")
    noop = statistics.median(baseline)
    print(f"/healthz              p50 {noop:.1f} ms  p95 {_percentile(baseline, 0.95):.1f} ms")
    print(
        f"analysis page         p50 {p50:.0f} ms  p95 {_percentile(page, 0.95):.0f} ms  "
        f"({p50 / noop:.0f}x the no-op)"
    )
    print(f"target p50 < 300 ms   {'PASS' if p50 < 300 else 'FAIL'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--skip-classification", action="store_true")
    args = parser.parse_args()
    data_dir, created = _setup_environment(args.database_url)
    engine = "PostgreSQL" if created else "SQLite"
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, database {engine}")
    try:
        import django

        django.setup()
        if not args.skip_classification:
            classification()
        dashboard(args.voices, args.repeat)
    finally:
        if created and args.database_url:
            from django.db import connections

            connections.close_all()
            import psycopg

            with psycopg.connect(args.database_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{created}"')
        import shutil

        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
