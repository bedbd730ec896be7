import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

app = Celery("newsroom")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def leave_the_process_group(**kwargs):
    """A pool process stops when its worker tells it to, not on a signal meant for the worker.

    A terminal's Ctrl-C, honcho (`make run`) and most process managers signal the worker's whole
    process group. A pool process that took that SIGTERM itself would die mid-task and the worker
    would log it as an ERROR, then be killed for not stopping in time. In a group of its own, the
    pool process keeps running its task while the worker's warm shutdown waits for it, and the
    worker still ends it (by pid) on a cold shutdown."""
    os.setpgid(0, 0)
