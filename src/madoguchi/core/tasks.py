"""Enqueueing background work so that it only happens for committed changes."""

from __future__ import annotations

from typing import Any

from django.db import transaction


def enqueue_on_commit(task: Any, /, **kwargs: Any) -> None:
    """Enqueue ``task`` with ``kwargs`` once the surrounding transaction commits.

    A rolled-back change must never send its mail or webhook; outside a transaction the
    callback runs at once.
    """
    transaction.on_commit(lambda: task.enqueue(**kwargs))
