# Claim desk: one image for web, worker and beat (docker-compose.yml picks the command).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements.lock ./
# The locked pip first (older pips mis-resolve a locked package asked for with an extra).
RUN sed -n '/^pip==/,/# via/p' requirements.lock > /tmp/pip.lock \
    && pip install --no-cache-dir --require-hashes --no-deps -r /tmp/pip.lock \
    && pip install --no-cache-dir --require-hashes -r requirements.lock

COPY . .
# collectstatic needs settings that load; the real secret comes from the environment at run time.
RUN DEBUG=True python manage.py collectstatic --noinput

RUN useradd --create-home --uid 1000 claimdesk && mkdir -p /app/var /srv/snapshots && chown claimdesk /app/var /srv/snapshots
USER claimdesk

EXPOSE 8000
CMD ["gunicorn", "newsroom.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", \
     "--access-logfile", "-"]
