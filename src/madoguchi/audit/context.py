"""Who is acting, and from where, for the audit records written during one request."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditContext:
    actor: Any = None
    ip: str | None = None


_EMPTY = AuditContext()
_current: ContextVar[AuditContext | None] = ContextVar("madoguchi_audit_context", default=None)


def current() -> AuditContext:
    return _current.get() or _EMPTY


def set_current(context: AuditContext) -> Any:
    return _current.set(context)


def reset(token: Any) -> None:
    _current.reset(token)
