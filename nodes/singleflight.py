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
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Flight:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # holding or waiting
    owner: object = None  # the run computing the key now


class SingleFlight:
    """Per-key asyncio locks that exist only while someone holds or waits for them.

    Only other runs wait: a run's own identical nodes compute as they always did
    (tests and graphs rely on independent branches running concurrently).
    """

    def __init__(self) -> None:
        self._flights: dict[str, _Flight] = {}

    @asynccontextmanager
    async def hold(self, key: str, *, owner: object) -> AsyncIterator[None]:
        flight = self._flights.setdefault(key, _Flight())
        if flight.owner is owner:
            yield
            return
        flight.users += 1
        try:
            async with flight.lock:
                flight.owner = owner
                try:
                    yield
                finally:
                    flight.owner = None
        finally:
            flight.users -= 1
            if flight.users == 0:
                del self._flights[key]

    def in_flight(self) -> int:
        return len(self._flights)


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
