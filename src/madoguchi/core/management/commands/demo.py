"""``madoguchi demo``: migrate, load the Minato demo data, run the task worker and a real
WSGI server, and print the URL and demo logins. Ctrl-C stops everything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from madoguchi.core.demo import demo_load_all


class Command(BaseCommand):
    help = "Start the Minato demo on http://127.0.0.1:8000 with background tasks alongside."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--workers", type=int, default=2, help="WSGI worker processes")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("`madoguchi demo` refuses to run with MADOGUCHI_ENV=production.")
        host, port = options["host"], options["port"]
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)
        logins = demo_load_all()

        env = {**os.environ, "MADOGUCHI_DATA_DIR": str(settings.DATA_DIR)}
        env.setdefault("MADOGUCHI_PUBLIC_URL", f"http://{host}:{port}")
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "madoguchi",
                "db_worker",
                "--queue-name",
                "*",
                "--no-reload",
                "--interval",
                "0.5",
            ],
            env=env,
        )
        server = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "madoguchi.wsgi:application",
                "--bind",
                f"{host}:{port}",
                "--workers",
                str(options["workers"]),
                "--threads",
                "4",
                "--access-logfile",
                "-",
                "--graceful-timeout",
                "10",
                # One control socket per demo, so two demos can run side by side.
                "--control-socket",
                str(settings.DATA_DIR / "gunicorn.ctl"),
            ],
            env=env,
        )
        children = [server, worker]

        def stop(*_: Any) -> None:
            for child in children:
                if child.poll() is None:
                    child.terminate()
            for child in children:
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()

        def on_sigterm(*_: Any) -> None:
            stop()
            sys.exit(0)

        signal.signal(signal.SIGTERM, on_sigterm)
        try:
            self._wait_until_up(f"http://{host}:{port}/healthz", server)
            url = env["MADOGUCHI_PUBLIC_URL"]
            self.stdout.write(self.style.SUCCESS(f"\nMadoguchi demo is running on {url}/\n"))
            self.stdout.write("Demo logins (email / password):")
            for login in logins:
                note = f"   [{login.note}]" if login.note else ""
                self.stdout.write(f"  {login.role:<20} {login.email:<32} {login.password}{note}")
            self.stdout.write(f"Demo mailbox (every email the demo sends): {url}/ja/demo/mailbox/")
            self.stdout.write("Press Ctrl-C to stop.\n")
            self.stdout.flush()  # a log file or a pipe must show the logins now, not at exit
            while all(child.poll() is None for child in children):
                time.sleep(1)
            raise CommandError("A demo process stopped unexpectedly; see the log above.")
        except KeyboardInterrupt:
            self.stdout.write("Stopping…")
        finally:
            stop()

    def _wait_until_up(self, url: str, server: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError("The web server failed to start; see the log above.")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise CommandError(f"The web server did not answer {url} within 60 seconds.")
