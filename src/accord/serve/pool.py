"""A pool of query worker processes: a query past its time limit is ended by killing its worker, never the server.

pyoxigraph cannot interrupt a running query from Python, so each query runs in a process of its own that opens
the store read-only; at the deadline that process is killed and a fresh one takes its place. Updates are
exclusive: the readers are drained and closed, one process opens the store for writing, applies the update and
closes it, and new readers (which see the new data) are started.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StoreError
from . import worker
from .worker import READY, Job, Reply

# Workers fork from a server process that has imported accord once, so a replacement starts in milliseconds
# (a fresh interpreter would take a second to import spaCy and pyoxigraph).
_CONTEXT = mp.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["accord.serve.worker"])
START_TIMEOUT = 60.0


@dataclass(eq=False)  # a handle is one process: compared and hashed by identity
class _Worker:
    process: mp.process.BaseProcess
    conn: object
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def start(cls, path: Path, *, read_only: bool) -> _Worker:
        """Start a worker and wait until it has opened the store (blocking; run it in a thread)."""
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=worker.main, args=(child, str(path), read_only), daemon=True)
        process.start()
        child.close()
        handle = cls(process, parent)
        if not parent.poll(START_TIMEOUT):
            handle.kill()
            raise StoreError(f"a query worker did not open {path} within {START_TIMEOUT:.0f} s")
        try:
            message = parent.recv()
        except EOFError:
            message = "the worker ended while opening the store"
        if message != READY:
            handle.kill()
            raise StoreError(str(message))
        return handle

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the worker to finish (it flushes and closes the store), killing it if it does not."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class TimeLimitExceeded(Exception):
    """The job ran past its time limit; its worker has been killed."""


class WorkerPool:
    """Read-only query workers on one store, `size` of them, each job limited to `time_limit` seconds."""

    def __init__(self, path: Path, *, size: int = 2, time_limit: float = 10.0):
        self.path = path
        self.size = size
        self.time_limit = time_limit
        self.replaced = 0  # how many workers were killed and replaced (a deadline or a crash)
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._write_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task] = set()

    async def start(self) -> None:
        """Start every worker; raises StoreError if the store cannot be opened."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)), return_exceptions=True)
        failures = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
            if isinstance(w, _Worker):
                self._idle.put_nowait(w)
        if failures:
            await self.close()
            raise failures[0]

    async def _spawn(self, *, read_only: bool = True) -> _Worker:
        handle = await asyncio.to_thread(_Worker.start, self.path, read_only=read_only)
        self._all.add(handle)
        return handle

    async def run(self, job: Job) -> Reply:
        """Run `job` on the next free worker.

        Raises:
            TimeLimitExceeded: the job did not finish within the time limit (its worker was replaced).
        """
        handle = await self._idle.get()
        try:
            reply = await self._ask(handle, job)
        except BaseException:
            self._retire(handle)
            raise
        self._idle.put_nowait(handle)
        return reply

    async def _ask(self, handle: _Worker, job: Job) -> Reply:
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        fd = handle.conn.fileno()
        handle.conn.send(job)
        loop.add_reader(fd, lambda: readable.done() or readable.set_result(None))
        try:
            await asyncio.wait_for(readable, self.time_limit)
        except TimeoutError:
            raise TimeLimitExceeded(f"the query ran past the time limit of {self.time_limit:g} s and was ended") \
                from None
        finally:
            loop.remove_reader(fd)
        try:
            # The worker sends its whole reply at once, so once the pipe is readable this read only copies bytes;
            # handing it to a thread would cost more than it saves.
            return handle.conn.recv()
        except (EOFError, OSError):
            raise WorkerCrashed("the query ended its worker process (it was replaced)") from None

    def _retire(self, handle: _Worker) -> None:
        """Kill a worker that ran over time or crashed, and start its replacement in the background."""
        self._all.discard(handle)
        handle.kill()
        self.replaced += 1
        task = asyncio.create_task(self._replace())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replace(self) -> None:
        self._idle.put_nowait(await self._spawn())

    async def write(self, job: Job) -> Reply:
        """Run an update alone: drain and close the readers, write, then start new readers on the new data."""
        async with self._write_lock:
            readers = [await self._idle.get() for _ in range(self.size)]
            await asyncio.gather(*(asyncio.to_thread(self._close, r) for r in readers))
            try:
                writer = await self._spawn(read_only=False)
                try:
                    reply = await self._ask(writer, job)
                except BaseException:
                    # An update killed mid-way is never committed: the store keeps its state before it.
                    self._all.discard(writer)
                    writer.kill()
                    raise
                await asyncio.to_thread(self._close, writer)
            finally:
                for handle in await asyncio.gather(*(self._spawn() for _ in range(self.size))):
                    self._idle.put_nowait(handle)
            return reply

    def _close(self, handle: _Worker) -> None:
        self._all.discard(handle)
        handle.stop()

    def pids(self) -> list[int]:
        return [h.process.pid for h in self._all if h.process.pid is not None]

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        idle = set()
        while not self._idle.empty():
            idle.add(self._idle.get_nowait())
        handles = list(self._all)
        self._all.clear()
        # Idle workers close their store cleanly; a busy one is running a query nobody will read: kill it.
        await asyncio.gather(*(asyncio.to_thread(h.stop if h in idle else h.kill) for h in handles))


class WorkerCrashed(Exception):
    """The worker process died while running a job (it has been replaced)."""
