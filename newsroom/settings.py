"""Claim desk settings, read from the environment.

Every setting that differs between a laptop and production comes from an environment variable
read by one of the small typed helpers below. A bad value stops the process at start-up with a
message that names the variable, instead of surfacing later as a confusing error.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from newsroom.environment import env_bool, env_int, env_list, env_minutes, env_str
from newsroom.limits import ARTICLE_MAX_CHARACTERS, ARTICLE_UPLOAD_MAX_BYTES  # noqa: F401

BASE_DIR = Path(__file__).resolve().parent.parent


def env_database(name: str, default: str) -> dict:
    url = os.getenv(name, default)
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", "0"))
    except ValueError as error:
        raise ImproperlyConfigured(
            f"Unexpected value {name}={url!r} ({error}); use e.g. "
            "postgres://user:password@host:5432/name or sqlite:///path/to/file.sqlite3"
        ) from None
    engine = config.get("ENGINE", "")
    if engine.endswith("sqlite3"):
        # Web, worker and beat share one SQLite file on the embedded default: WAL lets readers
        # go on while one writer writes, IMMEDIATE transactions take the write lock up front
        # (no "database is locked" upgrade deadlocks), and the timeout waits for the lock.
        config.setdefault("OPTIONS", {}).update(
            {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            }
        )
    elif "postgresql" not in engine:
        raise ImproperlyConfigured(
            f"Unexpected value {name}={url!r}: Claim desk runs on PostgreSQL or SQLite"
        )
    return config


DEBUG = env_bool("DEBUG", "False")

SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY to a long random string "
            "(or DEBUG=True for local development only)."
        )
    SECRET_KEY = "development-only-secret-key-never-use-in-production"

if not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    raise ImproperlyConfigured(
        "SECRET_KEY is too short or too simple for production: use at least 50 random "
        'characters, e.g. python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "axes",
    "csp",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "claims.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "claims.middleware.DatabaseUnavailableMiddleware",
    # Last: locks out a username and address after too many failed logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.context_processors.notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

# The embedded default is a SQLite file inside the project: nothing to install.
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'claimdesk.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: refuses logins for a locked-out username and address (admin and API token).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", "5", minimum=1)
AXES_COOLOFF_TIME = env_int("LOGIN_COOLOFF_MINUTES", "15", minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "claims.views.locked_out"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
SNAPSHOT_STORAGE_BACKEND = env_str(
    "SNAPSHOT_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
)
if SNAPSHOT_STORAGE_BACKEND == "storages.backends.s3.S3Storage":
    # An S3-compatible store (AWS, MinIO, Ceph, R2 ...) through django-storages.
    SNAPSHOT_STORAGE_OPTIONS = {
        "bucket_name": env_str("SNAPSHOT_S3_BUCKET", ""),
        "endpoint_url": env_str("SNAPSHOT_S3_ENDPOINT_URL", "") or None,
        "region_name": env_str("SNAPSHOT_S3_REGION", "") or None,
        "access_key": env_str("SNAPSHOT_S3_ACCESS_KEY_ID", "") or None,
        "secret_key": env_str("SNAPSHOT_S3_SECRET_ACCESS_KEY", "") or None,
        "location": env_str("SNAPSHOT_S3_PREFIX", "snapshots"),
        # Private: a stored copy is served only through the desk, hash checked.
        "default_acl": "private",
        "querystring_auth": True,
        "file_overwrite": False,
    }
elif SNAPSHOT_STORAGE_BACKEND.endswith(".FileSystemStorage"):
    SNAPSHOT_STORAGE_OPTIONS = {"location": env_str("SNAPSHOT_DIR", str(VAR_DIR / "snapshots"))}
else:
    SNAPSHOT_STORAGE_OPTIONS = {}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Evidence snapshots: the pages a claim's sources point to, as captured. Files under
    # VAR_DIR by default; SNAPSHOT_STORAGE_BACKEND=storages.backends.s3.S3Storage and the
    # SNAPSHOT_S3_* variables for an S3-compatible store.
    "snapshots": {"BACKEND": SNAPSHOT_STORAGE_BACKEND, "OPTIONS": SNAPSHOT_STORAGE_OPTIONS},
    # Hashed, compressed files served by whitenoise in production (after collectstatic).
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"
# Serve static files from the apps' folders while developing (no collectstatic needed).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Email: the console by default, SMTP (or anything else) in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", "25", minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", "False")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", "10", minimum=1)
# For the file backend (django.core.mail.backends.filebased.EmailBackend): one file per send.
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Claim desk <claimdesk@localhost>")

# Celery. The embedded default is kombu's filesystem transport: a folder of message files,
# no server to install. Set CELERY_BROKER_URL to redis://… or amqp://… in production.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.split("://", 1)[0] not in (
    "filesystem",
    "memory",
    "redis",
    "rediss",
    "amqp",
    "pyamqp",
):
    raise ImproperlyConfigured(
        f"Unexpected value CELERY_BROKER_URL={CELERY_BROKER_URL!r}: use filesystem://, "
        "redis://host:6379/0 or amqp://user:password@host:5672//"
    )
if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT = "newsroom.broker:FilesystemTransport"
    BROKER_FOLDER = VAR_DIR / "broker"
    (BROKER_FOLDER / "processed").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_FOLDER),
        "data_folder_out": str(BROKER_FOLDER),
        "processed_folder": str(BROKER_FOLDER / "processed"),
        # The exchange tables; kombu's default is "control" in the working directory.
        "control_folder": str(BROKER_FOLDER / "control"),
        "store_processed": False,
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

REST_FRAMEWORK = {
    # Token first: an anonymous request gets 401 with WWW-Authenticate, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.DeskTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.IsOnTheDesk"],
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.DeskAutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.api_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.StrictJSONParser"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claim desk API",
    "DESCRIPTION": (
        "Articles, the claims they make, their sources, relations, notes and verdicts; "
        "ClaimReview export and import. Authenticate with `Authorization: Token <key>` "
        "(POST /api/auth/token/) or a browser session. Every error has one shape: "
        '`{"error": {"code", "message", "fields"}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.models.ClaimKind",
        "SourceKindEnum": "claims.models.Source.Kind",
        "NotificationKindEnum": "claims.models.Notification.Kind",
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "MatchStatusEnum": "claims.models.ClaimMatch.Status",
        "MatchRelationEnum": "claims.models.ClaimMatch.Relation",
    },
}
# Writes to a claim without If-Match: refused with 428 unless this is on.
API_ALLOW_WRITES_WITHOUT_IF_MATCH = env_bool("API_ALLOW_WRITES_WITHOUT_IF_MATCH", "False")

# Deadlines and reminders. Every figure is in minutes; an editor changes the sweeps' schedules
# in the admin (django-celery-beat), and these thresholds here.
REMINDER_DUE_SOON_BEFORE = env_minutes("REMINDER_DUE_SOON_BEFORE", "120")
REMINDER_ESCALATE_AFTER = env_minutes("REMINDER_ESCALATE_AFTER", "240")
REMINDER_STALE_AFTER = env_minutes("REMINDER_STALE_AFTER", "2880")
REMINDER_UNASSIGNED_AFTER = env_minutes("REMINDER_UNASSIGNED_AFTER", "60")
REMINDER_UNASSIGNED_MIN_WORTHINESS = (
    float(env_int("REMINDER_UNASSIGNED_MIN_WORTHINESS_PERCENT", "60", minimum=0)) / 100
)
# Claims handled per kind per sweep (a backlog is worked through over a few minutes).
REMINDER_SWEEP_BATCH = env_int("REMINDER_SWEEP_BATCH", "2000", minimum=1)
# Evidence snapshots: the sources of open claims, and of verdicts signed off in the last
# SNAPSHOT_PUBLISHED_DAYS days, are captured again when their last capture is older than
# SNAPSHOT_RECHECK_HOURS; at most SNAPSHOT_SWEEP_BATCH sources per sweep.
SNAPSHOT_RECHECK_HOURS = env_int("SNAPSHOT_RECHECK_HOURS", "24", minimum=1)
SNAPSHOT_PUBLISHED_DAYS = env_int("SNAPSHOT_PUBLISHED_DAYS", "30", minimum=0)
SNAPSHOT_SWEEP_BATCH = env_int("SNAPSHOT_SWEEP_BATCH", "500", minimum=1)
# A worker that took a notification and went silent this long is presumed dead: resend.
NOTIFICATION_LEASE = timedelta(seconds=env_int("NOTIFICATION_LEASE_SECONDS", "300", minimum=1))
# Redispatch a notification nobody took after this long (a message lost on the way).
NOTIFICATION_REDISPATCH_AFTER = timedelta(
    seconds=env_int("NOTIFICATION_REDISPATCH_SECONDS", "300", minimum=1)
)
NOTIFICATION_MAX_ATTEMPTS = env_int("NOTIFICATION_MAX_ATTEMPTS", "6", minimum=1)
# First retry after this many seconds, doubling each time.
NOTIFICATION_RETRY_BACKOFF = env_int("NOTIFICATION_RETRY_BACKOFF_SECONDS", "30", minimum=1)
# A claim's due time when nobody set one: this long before its article's verify-by deadline,
# by priority (1 urgent … 4 low).
CLAIM_DUE_LEAD_MINUTES = {
    1: env_int("CLAIM_DUE_LEAD_URGENT", "240"),
    2: env_int("CLAIM_DUE_LEAD_HIGH", "120"),
    3: env_int("CLAIM_DUE_LEAD_NORMAL", "60"),
    4: env_int("CLAIM_DUE_LEAD_LOW", "0"),
}
# The address used in e-mails' links to the workspace.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Who publishes the fact-checks (the "author" of every ClaimReview).
CLAIMREVIEW_PUBLISHER_NAME = env_str("CLAIMREVIEW_PUBLISHER_NAME", "Claim desk")
CLAIMREVIEW_PUBLISHER_URL = env_str("CLAIMREVIEW_PUBLISHER_URL", SITE_URL)

# Fetching articles (and posting webhooks) from URLs: only public addresses unless a test says
# otherwise, with a timeout and a size cap.
FETCH_ALLOW_PRIVATE_ADDRESSES = env_bool("FETCH_ALLOW_PRIVATE_ADDRESSES", "False")
FETCH_TIMEOUT_SECONDS = env_int("FETCH_TIMEOUT_SECONDS", "15", minimum=1)
FETCH_MAX_BYTES = env_int("FETCH_MAX_BYTES", str(5 * 1024 * 1024), minimum=1024)
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", "5")

# ARTICLE_MAX_CHARACTERS and ARTICLE_UPLOAD_MAX_BYTES: newsroom/limits.py (the text-only
# commands read them too).
# A pasted article arrives as form data: let the longest accepted article through.
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_CHARACTERS * 4 + 65536

# HTTPS and cookies in production. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER=True (it must set X-Forwarded-Proto).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", str(not DEBUG))
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the load balancer's probe speaks plain HTTP
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", str(not DEBUG))
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", str(not DEBUG))
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", str(not DEBUG))
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", str(not DEBUG))
SESSION_COOKIE_HTTPONLY = True
if env_bool("SECURE_PROXY_SSL_HEADER", "False"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy: only the project's own scripts run. Text from articles, notes and
# sources is escaped everywhere; even if markup slipped through, no inline script would run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # The admin's templates carry a few style attributes; styles cannot run code.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
