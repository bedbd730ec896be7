"""The embedded default's broker: kombu's filesystem transport, quicker to notice a stop."""

from kombu.transport import filesystem

#: The longest an idle worker waits for messages before it looks at its own state again.
WAIT = 0.5


class FilesystemTransport(filesystem.Transport):
    """kombu's filesystem transport, with a worker's wait for messages cut short.

    Celery's loop for a polled transport waits up to two seconds for messages before it checks
    whether it was asked to stop, and then once more: on a stop, an idle worker sat four seconds
    before it even began its warm shutdown, past the five seconds `make run` (honcho) gives every
    process. Waiting at most `WAIT` seconds each time makes Ctrl-C stop an idle worker in about a
    second and a busy one as soon as its task is done; messages are polled as often as before
    (`polling_interval`)."""

    def drain_events(self, connection, timeout=None):
        return super().drain_events(
            connection, timeout=WAIT if timeout is None else min(timeout, WAIT)
        )
