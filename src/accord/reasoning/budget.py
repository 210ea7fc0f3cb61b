"""Run a computation in a forked child under a time and memory budget; on overrun, a clear error and no result."""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import multiprocessing as mp
import os
import resource
import signal
from collections.abc import Callable
from typing import TypeVar

from ..errors import ReasoningError

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1
# fork: the child starts at once with everything imported; it never touches the parent's store, only `data`.
_CONTEXT = mp.get_context("fork")


def within(work: Callable[[bytes], T], data: bytes, *, seconds: float | None, memory_mb: int | None,
           what: str = "reasoning") -> T:
    """`work(data)`, computed in a child process that is killed after `seconds` and may grow by `memory_mb` MB.

    The result comes back only when the child finishes, so an overrun leaves the caller with nothing to write.

    Raises:
        ReasoningError: the child ran past its time, ran out of memory, or failed; one line saying which.
    """
    parent, child = _CONTEXT.Pipe(duplex=False)
    process = _CONTEXT.Process(target=_child, args=(child, work, data, memory_mb), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(seconds):
            raise ReasoningError(f"{what} did not finish within {seconds:g} s and was stopped; nothing was written "
                                 "(raise the time budget with --timeout)")
        try:
            kind, value = parent.recv()
        except EOFError:
            process.join(5)
            # pyoxigraph aborts the process when an allocation fails, where Python would raise MemoryError.
            if memory_mb is not None and process.exitcode == -signal.SIGABRT:
                kind, value = "memory", None
            else:
                raise ReasoningError(f"{what} ended abnormally (exit code {process.exitcode}); nothing was written"
                                     ) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if kind == "memory":
        raise ReasoningError(f"{what} needed more than its memory budget of {memory_mb} MB and was stopped; nothing "
                             "was written (raise it with --memory)")
    if kind == "error":
        raise value
    return value


def _child(conn, work: Callable[[bytes], T], data: bytes, memory_mb: int | None) -> None:
    # Die with the parent: a killed `accord reason` must not leave its computation running.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    # An abort past the memory budget must not write a core file of the whole process, nor a fault report.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    faulthandler.disable()
    # Rust's allocation-failure report and backtrace would reach the user's terminal; the parent says it in a line.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    if memory_mb is not None:
        # The budget is on top of what the process already maps (the interpreter, spaCy, pyoxigraph).
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        conn.send(("ok", work(data)))
    except MemoryError:
        conn.send(("memory", None))
    except ReasoningError as exc:
        conn.send(("error", exc))
    finally:
        conn.close()
