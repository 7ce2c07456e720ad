"""Single-flight by cache key: concurrent runs sharing a result cache compute a key once.

Runs in one process (a batch of variants) each check the cache before running a
node; without this, two variants that need the same song's analysis or the same paid
image would both miss and both compute (and pay). :func:`flight` hands out one lock
per (cache, key): the first run computes and caches, the others wait on the lock and
then find the result in the cache. Entries vanish when nobody holds or waits.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class SingleFlight:
    """Per-key asyncio locks that exist only while someone holds or waits for them."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def in_flight(self) -> int:
        return len(self._locks)


_FLIGHTS: weakref.WeakKeyDictionary[object, dict[int, SingleFlight]] = (
    weakref.WeakKeyDictionary())


def flights_for(cache: object) -> SingleFlight:
    """The single-flight table of ``cache`` on the running event loop (locks are per loop)."""
    per_loop = _FLIGHTS.setdefault(cache, {})
    loop_id = id(asyncio.get_running_loop())
    table = per_loop.get(loop_id)
    if table is None:
        per_loop.clear()  # an earlier loop's table is dead (its loop ended)
        table = per_loop[loop_id] = SingleFlight()
    return table
