"""One budget per run: the limit, what finished work spent, what running jobs reserve.

The executor reserves a paid node's estimate before it starts and charges its
real cost when it ends; nodes (``route.switch``'s ``budget_remaining``) read the
same object through their context, so the CLI, the engine process and the
studio see the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from nodes.errors import BudgetExceeded

_SLACK = 1e-9


@dataclass(slots=True)
class Budget:
    limit_usd: float | None = None  # None: unlimited
    spent_usd: float = 0.0
    reserved_usd: float = 0.0

    @property
    def remaining_usd(self) -> float:
        """What may still be started: the limit less spent and in-flight money."""
        if self.limit_usd is None:
            return math.inf
        return self.limit_usd - self.spent_usd - self.reserved_usd

    def reserve(self, node_id: str, estimate_usd: float) -> None:
        """Hold ``estimate_usd`` for a job about to start, or refuse it (exit 3)."""
        if self.limit_usd is not None and estimate_usd > self.remaining_usd + _SLACK:
            raise BudgetExceeded(
                f"node '{node_id}': starting this job (~${estimate_usd:.3f}) would exceed the "
                f"budget of ${self.limit_usd:.2f} (spent ${self.spent_usd:.3f}, in flight "
                f"${self.reserved_usd:.3f}); raise --budget or use cached/cheaper models")
        self.reserved_usd += estimate_usd

    def settle(self, estimate_usd: float, cost_usd: float) -> None:
        """A job ended: its reservation goes, its real cost is spent."""
        self.reserved_usd -= estimate_usd
        self.spent_usd += cost_usd
