"""The embedded default's broker: kombu's filesystem transport, with whole messages only, and
quicker to notice a stop."""

import contextlib
import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

#: The longest an idle worker waits for messages before it looks at its own state again.
WAIT = 0.5


class Channel(filesystem.Channel):
    """kombu's filesystem channel, writing each message whole before a reader can see it.

    kombu creates a message file under its final name and only then writes into it: a worker
    listing the folder in between takes the empty file, fails to decode it, and the message (a
    task, a reminder sweep, a remote-control ping) is lost. Here the message is written under a
    name no queue reads (a leading dot, a ".partial" suffix) and renamed into place, which is
    atomic within a folder."""

    def _put(self, queue, payload, **kwargs):
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".{name}.partial")
        try:
            with open(partial, "wb") as handle:
                handle.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class FilesystemTransport(filesystem.Transport):
    """kombu's filesystem transport, with whole messages only (`Channel`) and a worker's wait
    for messages cut short.

    Celery's loop for a polled transport waits up to two seconds for messages before it checks
    whether it was asked to stop, and then once more: on a stop, an idle worker sat four seconds
    before it even began its warm shutdown, past the five seconds `make run` (honcho) gives every
    process. Waiting at most `WAIT` seconds each time makes Ctrl-C stop an idle worker in about a
    second and a busy one as soon as its task is done; messages are polled as often as before
    (`polling_interval`)."""

    Channel = Channel

    def drain_events(self, connection, timeout=None):
        return super().drain_events(
            connection, timeout=WAIT if timeout is None else min(timeout, WAIT)
        )
