"""Django settings for Madoguchi, read from the environment.

Two environments exist: ``demo`` (the default: embedded SQLite, a local mailbox,
generated secrets kept under the data directory) and ``production`` (everything
that matters must come from the environment, and ``check --deploy`` is clean).
This module must never import Madoguchi code: it is loaded before the apps are.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent

MADOGUCHI_ENV = os.environ.get("MADOGUCHI_ENV", "demo").strip().lower()
if MADOGUCHI_ENV not in {"demo", "production"}:
    raise ImproperlyConfigured("MADOGUCHI_ENV must be 'demo' or 'production'.")
PRODUCTION = MADOGUCHI_ENV == "production"

DATA_DIR = Path(os.environ.get("MADOGUCHI_DATA_DIR", "var")).resolve()


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _demo_secret(filename: str, make: object) -> str:
    """Generate a secret once and keep it under the data directory (demo only)."""
    path = DATA_DIR / filename
    if path.exists():
        return path.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    value = make() if callable(make) else str(make)
    path.write_text(value)
    path.chmod(0o600)
    return str(value)


# --- Secrets ---------------------------------------------------------------------------------
if PRODUCTION:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("SECRET_KEY (50+ random characters) is required in production.")
    FIELD_ENCRYPTION_KEYS = _env_list("MADOGUCHI_FIELD_KEYS")
    if not FIELD_ENCRYPTION_KEYS:
        raise ImproperlyConfigured(
            "MADOGUCHI_FIELD_KEYS (comma-separated Fernet keys, newest first) is required."
        )
else:
    SECRET_KEY = os.environ.get("SECRET_KEY") or _demo_secret(
        "secret_key", lambda: secrets.token_urlsafe(64)
    )
    FIELD_ENCRYPTION_KEYS = _env_list("MADOGUCHI_FIELD_KEYS") or [
        _demo_secret("field_key", lambda: Fernet.generate_key().decode())
    ]

DEBUG = _env_bool("MADOGUCHI_DEBUG") and not PRODUCTION

ALLOWED_HOSTS = _env_list(
    "MADOGUCHI_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,[::1],testserver"
)
CSRF_TRUSTED_ORIGINS = _env_list("MADOGUCHI_CSRF_TRUSTED_ORIGINS")

# --- Applications ------------------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_tasks",
    "django_tasks_db",
    "madoguchi.core",
    "madoguchi.audit",
    "madoguchi.accounts",
    "madoguchi.procedures",
    "madoguchi.formengine",
    "madoguchi.applications",
    "madoguchi.payments",
    "madoguchi.taxes",
    "madoguchi.paysandbox",
    "madoguchi.evaluation",
    "madoguchi.opendata",
    "madoguchi.voices",
    "madoguchi.navigator",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "madoguchi.core.middleware.SecurityHeadersMiddleware",
    "madoguchi.core.middleware.NullCharacterMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "madoguchi.accounts.middleware.SessionLifetimeMiddleware",
    "madoguchi.audit.middleware.AuditContextMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "madoguchi.urls"
WSGI_APPLICATION = "madoguchi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "madoguchi.core.context_processors.site",
            ],
        },
    }
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# --- Database ----------------------------------------------------------------------------------
DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'madoguchi.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL, conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # IMMEDIATE transactions plus WAL let the web server and the task worker share the file
    # without "database is locked" surprises under concurrent writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background tasks --------------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Accounts and sessions ---------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:mypage"
LOGOUT_REDIRECT_URL = "core:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "madoguchi.accounts.passwords.MaximumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# Idle timeout and absolute lifetime (ASVS V7: re-authentication after inactivity / max age).
MADOGUCHI_SESSION_IDLE_SECONDS = int(os.environ.get("MADOGUCHI_SESSION_IDLE_SECONDS", 30 * 60))
MADOGUCHI_SESSION_ABSOLUTE_SECONDS = int(
    os.environ.get("MADOGUCHI_SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60)
)
SESSION_COOKIE_AGE = MADOGUCHI_SESSION_ABSOLUTE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_NAME = "madoguchi_session"
CSRF_COOKIE_NAME = "madoguchi_csrftoken"

# Login throttling: failures per account and per address within the window lock them out.
MADOGUCHI_LOGIN_WINDOW_SECONDS = 15 * 60
MADOGUCHI_LOGIN_MAX_FAILURES_PER_ACCOUNT = 5
MADOGUCHI_LOGIN_MAX_FAILURES_PER_ADDRESS = 20
MADOGUCHI_EMAIL_VERIFICATION_SECONDS = 48 * 60 * 60

# --- Languages ---------------------------------------------------------------------------------
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ko", "한국어"),
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "madoguchi_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True

# --- Static files and storage ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("MADOGUCHI_STATIC_ROOT", DATA_DIR / "static"))
# The Digital Agency design tokens come from npm (`npm ci` in the project root); they are
# served from node_modules, never copied into the repository.
NODE_MODULES_DIR = Path(os.environ.get("MADOGUCHI_NODE_MODULES", PROJECT_DIR / "node_modules"))
DESIGN_TOKENS_DIR = NODE_MODULES_DIR / "@digital-go-jp" / "design-tokens" / "dist"
STATICFILES_DIRS: list[object] = [PACKAGE_DIR / "static"]
if DESIGN_TOKENS_DIR.is_dir():
    STATICFILES_DIRS.append(("vendor/design-tokens", DESIGN_TOKENS_DIR))
MEDIA_ROOT = Path(os.environ.get("MADOGUCHI_STORAGE_DIR", DATA_DIR / "storage"))
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

# --- Mail --------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = os.environ.get(
    "MADOGUCHI_FROM_EMAIL", "港区 Madoguchi <noreply@madoguchi.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MADOGUCHI_MAILBOX_DIR = DATA_DIR / "mailbox"
# Where the csv delivery plugin drops one file per application for back-office systems.
# Sandbox payment company: how it sends webhooks (random, normal, twice, late, before_redirect,
# never). It refuses to be used in production unless MADOGUCHI_SANDBOX_PAYMENTS is set.
MADOGUCHI_SANDBOX_WEBHOOKS = os.environ.get("MADOGUCHI_SANDBOX_WEBHOOKS", "random")
MADOGUCHI_SANDBOX_PAYMENTS = _env_bool("MADOGUCHI_SANDBOX_PAYMENTS", not PRODUCTION)
MADOGUCHI_EXPORT_DIR = Path(os.environ.get("MADOGUCHI_EXPORT_DIR", DATA_DIR / "exports"))
# The open data datastore: one DuckDB file per loaded tabular resource.
MADOGUCHI_OPENDATA_MAX_UPLOAD = int(os.environ.get("MADOGUCHI_OPENDATA_MAX_UPLOAD", 200_000_000))
MADOGUCHI_DATASTORE_DIR = Path(os.environ.get("MADOGUCHI_DATASTORE_DIR", DATA_DIR / "datastore"))
if PRODUCTION:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 30
else:
    # The demo writes every message to a local Maildir that staff and tests can read.
    EMAIL_BACKEND = "madoguchi.core.mail.MaildirBackend"

# --- Site --------------------------------------------------------------------------------------
MADOGUCHI_CITY_NAME = os.environ.get("MADOGUCHI_CITY_NAME", "港区")
MADOGUCHI_PUBLIC_URL = os.environ.get("MADOGUCHI_PUBLIC_URL", "http://127.0.0.1:8000")
# How many reverse proxies in front of the app set X-Forwarded-For (0: use REMOTE_ADDR).
MADOGUCHI_TRUSTED_PROXY_COUNT = int(os.environ.get("MADOGUCHI_TRUSTED_PROXY_COUNT", "0"))

# --- Security ----------------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "madoguchi.core.views.csrf_failure"
if PRODUCTION:
    SECURE_SSL_REDIRECT = _env_bool("MADOGUCHI_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MADOGUCHI_LOG_LEVEL", "WARNING")},
    "loggers": {
        "madoguchi": {"level": os.environ.get("MADOGUCHI_LOG_LEVEL", "INFO")},
        "django.security": {"level": "WARNING"},
    },
}
