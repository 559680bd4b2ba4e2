"""The demo city: each part registers a loader that adds its Minato demo data.

Loaders must be idempotent (running ``madoguchi demo`` twice changes nothing the second time)
and may only run outside production.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    note: str = ""


@dataclass(frozen=True)
class _Loader:
    name: str
    order: int
    load: Callable[[], list[DemoLogin]]


_loaders: dict[str, _Loader] = {}


def demo_loader(
    name: str, *, order: int
) -> Callable[[Callable[[], list[DemoLogin]]], Callable[[], list[DemoLogin]]]:
    def decorator(func: Callable[[], list[DemoLogin]]) -> Callable[[], list[DemoLogin]]:
        _loaders[name] = _Loader(name, order, func)
        return func

    return decorator


def demo_load_all() -> list[DemoLogin]:
    if settings.PRODUCTION:
        raise ImproperlyConfigured("Demo data is never loaded in production.")
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("demo")
    logins: list[DemoLogin] = []
    for loader in sorted(_loaders.values(), key=lambda item: (item.order, item.name)):
        logins.extend(loader.load())
    return logins
