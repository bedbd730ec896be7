"""The embedded default's broker hands a reader whole messages only."""

import builtins
import os
from queue import Empty

import pytest
from kombu import Connection
from kombu.exceptions import ChannelError
from kombu.transport import filesystem

from newsroom import broker


def channel_on(folder, out=None):
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(out or folder),
        "control_folder": str(folder / "control"),
        "store_processed": False,
    }
    connection = Connection(
        "filesystem://", transport=broker.FilesystemTransport, transport_options=options
    )
    return connection, connection.channel()


def test_a_reader_looking_while_a_message_is_written_sees_it_only_whole(tmp_path, monkeypatch):
    """kombu's own filesystem channel creates a message file under its final name and writes
    into it afterwards: a worker that lists the folder in between takes the empty file, fails
    to decode it, and the message (a task, a remote-control ping) is lost; on this machine a
    worker polling beside a writer met that 1 to 33 times in 3,000 messages. Here a reader
    looks at the folder the moment each message file is opened for writing."""
    writer_connection, writer = channel_on(tmp_path)
    reader_connection, reader = channel_on(tmp_path)
    looked = []

    def open_then_look(path, mode="r", *args, **kwargs):
        handle = builtins.open(path, mode, *args, **kwargs)  # noqa: SIM115 (the caller closes it)
        if "w" in mode:
            try:
                looked.append(reader._get("reminders"))
            except Empty:
                looked.append("nothing yet")
            except Exception as error:  # what a worker's loop would have met
                looked.append(error)
        return handle

    monkeypatch.setattr(filesystem, "open", open_then_look, raising=False)
    monkeypatch.setattr(broker, "open", open_then_look, raising=False)
    try:
        for number in range(3):
            writer._put("reminders", {"number": number})
        # Each look finds nothing or an earlier message, whole; never the one being written.
        assert looked == ["nothing yet", {"number": 0}, {"number": 1}]
        assert reader._get("reminders") == {"number": 2}
        with pytest.raises(Empty):
            reader._get("reminders")
    finally:
        writer_connection.release()
        reader_connection.release()
    assert sorted(os.listdir(tmp_path)) == []


def test_a_message_that_cannot_be_written_leaves_nothing_behind(tmp_path):
    """A failed write raises kombu's ChannelError, which names the file, and leaves no partial
    file behind."""
    connection, channel = channel_on(tmp_path, out=tmp_path / "missing")
    try:
        with pytest.raises(ChannelError, match="missing"):
            channel._put("reminders", {"number": 1})
    finally:
        connection.release()
    assert os.listdir(tmp_path) == []
