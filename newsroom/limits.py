"""How large an article may be: read by the full settings and by the text-only commands'."""

from newsroom.environment import env_int

# Extraction refuses articles larger than this many characters (a long feature is ~60,000).
ARTICLE_MAX_CHARACTERS = env_int("ARTICLE_MAX_CHARACTERS", "500000", minimum=1000)
ARTICLE_UPLOAD_MAX_BYTES = env_int("ARTICLE_UPLOAD_MAX_BYTES", str(2 * 1024 * 1024), minimum=1024)
