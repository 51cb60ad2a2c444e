"""A stand-in for Windows' ``msvcrt`` module on Linux, keeping the rules of its
``locking``: a byte-range lock from the file's current position, held by the open handle
(not the process: two handles in one process exclude each other), released when the handle
closes or the process ends, refused at once with ``PermissionError`` for ``LK_NBLCK``.

Linux's open-file-description locks (``F_OFD_SETLK``) have those rules."""

from __future__ import annotations

import fcntl
import os
import struct

LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
available = hasattr(fcntl, "F_OFD_SETLK")


def locking(fd: int, mode: int, nbytes: int) -> None:
    start = os.lseek(fd, 0, os.SEEK_CUR)
    kind = fcntl.F_UNLCK if mode == LK_UNLCK else fcntl.F_WRLCK
    # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks)
    request = struct.pack("hhqqi4x", kind, os.SEEK_SET, start, nbytes, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
    except OSError as exc:
        raise PermissionError(13, "Permission denied") from exc  # what msvcrt raises
