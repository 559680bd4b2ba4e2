"""Test settings: the real settings, with tasks run immediately after commit and a fast hasher.

Tasks still go through the Django tasks API (``ImmediateBackend`` is the backport's own
backend); ``tests/core/test_tasks.py`` runs the database backend and its worker for real.
"""

from madoguchi.settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher"
]  # speed only, never in production
# The sandbox payment company sends no webhooks unless a test asks for a behaviour (and then
# runs a live server for them to arrive at).
MADOGUCHI_SANDBOX_WEBHOOKS = "never"
