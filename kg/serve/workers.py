"""The worker processes of ``kg serve``: every query, update and page built from the store runs in one,
each with its own store handle, so that the web app never touches the store itself.

* A timeout must stop a query. pyoxigraph evaluates in Rust and cannot be interrupted from another
  thread, so a worker that runs past ``--timeout`` is killed (SIGKILL) and a fresh one is started.
* ``kg build`` must still work on a folder that is being served. A worker opens the folder's store in
  RocksDB's read-only mode (``pyoxigraph.Store.read_only``): a snapshot that takes no lock. Before each
  task it looks at the store's files; when a build has changed them (and no build holds the folder's
  lock file any more), it opens a new snapshot, so the server shows the last finished build.
* ``--allow-update`` needs the store open for writing, which RocksDB allows one process at a time: the
  pool then has a single worker holding the store's lock, and a ``kg build`` into the folder stops with
  an error naming the server, until the server stops.

Workers start with ``spawn`` (no fork of a process running an event loop and threads), so their entry
point, ``_worker_main``, and the tasks it runs live at module level, where the child can import them.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from dataclasses import dataclass
from pathlib import Path

from starlette.exceptions import HTTPException

from kg.errors import StoreError
from kg.serve.pages import diagram_task, entity_task
from kg.serve.protocol import query_task, update_task
from kg.store import STORE_DIR, open_store

TASKS = {"query": query_task, "update": update_task, "entity": entity_task, "diagram": diagram_task}


# --- the pool (in the server process) ----------------------------------------------------------------

@dataclass(slots=True)
class _Worker:
    process: multiprocessing.Process
    conn: object  # multiprocessing.connection.Connection


class Pool:
    """Worker processes; a task that runs past its timeout has its worker killed and replaced."""

    def __init__(self, location: str, *, size: int, writable: bool) -> None:
        self.location, self.size, self.writable = location, size, writable
        self._idle: asyncio.Queue | None = None
        self._workers: list[_Worker] = []
        self._closing = False

    def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        ctx = multiprocessing.get_context("spawn")  # no fork of a process running an event loop and threads
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(theirs, self.location, self.writable), daemon=True,
                              name="kg-serve-worker")
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    async def run(self, task: tuple, timeout: float):
        """The worker's answer to ``task``; HTTPException 503 when it takes longer than ``timeout``."""
        worker = await self._take(timeout)
        healthy = False
        try:
            reply = await _ask(worker.conn, task, timeout)
            healthy = True
        except TimeoutError:
            raise HTTPException(503, f"the query ran longer than {timeout:g} s and was stopped "
                                     "(kg serve --timeout SECONDS)") from None
        except (EOFError, OSError):
            if self._closing:
                raise HTTPException(503, "the server is stopping") from None
            raise HTTPException(500, "the query worker stopped unexpectedly; try again") from None
        finally:
            self._release(worker, healthy)
        if reply[0] == "error":
            raise HTTPException(reply[1], reply[2])
        return reply[1]

    async def _take(self, timeout: float) -> _Worker:
        try:
            return await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            raise HTTPException(503, f"the server is busy: no worker was free within {timeout:g} s") from None

    def _release(self, worker: _Worker, healthy: bool) -> None:
        if healthy and not self._closing:
            self._idle.put_nowait(worker)
            return
        if worker in self._workers:
            _stop(worker, kill=not healthy)  # busy in Rust, or gone: killing is the only way to stop a query
            self._workers.remove(worker)
        if not self._closing:
            self._idle.put_nowait(self._spawn())

    def abort(self) -> None:
        """Stop every task at once (the server is stopping): their requests answer 503."""
        self._closing = True
        for worker in self._workers:
            worker.process.kill()

    def close(self) -> None:
        self._closing = True
        for worker in self._workers:
            _stop(worker, kill=False)
        self._workers.clear()


def _stop(worker: _Worker, *, kill: bool) -> None:
    if not kill:
        try:
            worker.conn.send(None)  # an idle worker returns; a busy one is killed below
        except OSError:
            pass
        worker.process.join(0.5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(2)
    worker.conn.close()


async def _ask(conn, task: tuple, timeout: float):
    """Send ``task`` to a worker and take its reply; TimeoutError when none comes within ``timeout``."""
    conn.send(task)
    await _readable(conn, timeout)
    return conn.recv()


async def _readable(conn, timeout: float) -> None:
    """Wait until the worker's answer arrives, without a thread: the event loop watches the pipe."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


# --- the worker (in its own process) -----------------------------------------------------------------

def _worker_main(conn, location: str, writable: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server stops us
    snapshot = _Snapshot(location, writable)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_answer(snapshot, task))


def _answer(snapshot: _Snapshot, task: tuple) -> tuple:
    """("ok", the result) or ("error", an HTTP status, a message): a task always gets an answer."""
    try:
        return ("ok", TASKS[task[0]](snapshot, *task[1:]))
    except StoreError as exc:
        snapshot.forget_if_failed(exc)
        return ("error", 400, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug: answer it, rather than let the request wait for the timeout
        return ("error", 500, f"{type(exc).__name__}: {exc}")


class _Snapshot:
    """The worker's handle on the store. A folder's store is a read-only snapshot, opened again once a
    build has changed the store's files and no build is writing (the folder's lock file is gone)."""

    def __init__(self, location: str, writable: bool) -> None:
        self.location, self.writable = location, writable
        self.fixed = writable or location.startswith(("http://", "https://"))  # nothing to reopen
        self.version = 0  # changes whenever what the store holds may have changed
        self._db, self._stamp = None, None
        self.diagrams: dict = {}  # (version, level, lang) -> page

    def db(self):
        if self._db is None or (not self.fixed and self._changed()):
            self._db = None  # let the old snapshot go before opening the next
            self._stamp = None if self.fixed else _stamp(Path(self.location) / STORE_DIR)
            self._db = open_store(self.location, read_only=not self.writable)
            self.version += 1
        return self._db

    def _changed(self) -> bool:
        from kg.pipeline import LOCK, _stale

        lock = Path(self.location) / LOCK
        if lock.exists() and not _stale(lock):
            return False  # a build is writing: keep the last finished one
        return _stamp(Path(self.location) / STORE_DIR) != self._stamp

    def forget_if_failed(self, exc: StoreError) -> None:
        if str(exc).startswith("the query failed") and not self.fixed:
            self._db = None  # perhaps files a build removed: the next task opens a new snapshot


def _stamp(store: Path) -> tuple:
    """What changes when the store is written: its manifest, write-ahead logs and tables (not the LOG)."""
    found = []
    try:
        for entry in os.scandir(store):
            if not entry.name.startswith("LOG"):
                info = entry.stat()
                found.append((entry.name, info.st_size, info.st_mtime_ns))
    except OSError:  # the folder went away, or a file did while listing: opening will tell
        return ()
    return tuple(sorted(found))
