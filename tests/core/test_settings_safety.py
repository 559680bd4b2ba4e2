"""Production settings pass Django's deployment checks and refuse to start without secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet


def _run(
    env_overrides: dict[str, str], tmp_path: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MADOGUCHI_", "DJANGO_", "SECRET_KEY"))
    }
    env.update(
        {"DJANGO_SETTINGS_MODULE": "madoguchi.settings", "MADOGUCHI_DATA_DIR": str(tmp_path)}
    )
    env.update(env_overrides)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "madoguchi", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_check_deploy_with_no_warnings(tmp_path: Path) -> None:
    # given
    env = {
        "MADOGUCHI_ENV": "production",
        "SECRET_KEY": "k" + Fernet.generate_key().decode() + "-production-secret-key-material",
        "MADOGUCHI_FIELD_KEYS": Fernet.generate_key().decode(),
        "MADOGUCHI_ALLOWED_HOSTS": "madoguchi.city.minato.example",
    }
    # when
    result = _run(env, tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    # then
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    # when
    result = _run({"MADOGUCHI_ENV": "production"}, tmp_path, "check")
    # then
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_demo_generates_and_keeps_its_secrets(tmp_path: Path) -> None:
    # when
    first = _run({}, tmp_path, "check")
    key = (tmp_path / "secret_key").read_text()
    second = _run({}, tmp_path, "check")
    # then
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert (tmp_path / "secret_key").read_text() == key and len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
