"""Handing tasks to the broker after a transaction commits, without ever failing the request.

The database row is the record of the work (an article waiting for its page, an unsent
notification). If the broker is down, the send is logged and skipped; the periodic sweeps find
the row and send it again once the broker is back. Nothing is lost, and the person's save
succeeds.
"""

import logging
from collections.abc import Callable, Sequence

from django.db import transaction

logger = logging.getLogger(__name__)


def send_after_commit(
    task_name: str,
    argument_lists: Sequence[Sequence],
    *,
    on_failure: Callable[[list[Sequence]], None] | None = None,
) -> None:
    def send() -> None:
        from newsroom.celery import app

        unsent = []
        for arguments in argument_lists:
            try:
                # No retries here: a web request must not hang on a broker that is away.
                app.send_task(task_name, args=list(arguments), retry=False)
            except Exception as error:  # any broker or network failure
                unsent.append(arguments)
                if len(unsent) == 1:
                    logger.warning(
                        "Broker unavailable, %s not sent (the sweep will resend): %s",
                        task_name,
                        error,
                    )
        if unsent and on_failure is not None:
            on_failure(unsent)

    transaction.on_commit(send)
