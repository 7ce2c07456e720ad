"""What ``mvstudio batch`` shows: progress across variants and the summary table.

Plain lines on stderr when it is not a terminal (logs, CI), a rich progress bar on a
terminal; the summary goes to stdout (a rich table on a terminal).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

DONE_STATES = ("succeeded", "done", "estimated")


@dataclass(slots=True)
class Outcome:
    """One variant's end: succeeded, done (finished by an earlier run, skipped),
    estimated (dry run), failed or stopped (budget)."""

    name: str
    status: str
    seconds: float = 0.0
    cost_usd: float = 0.0
    estimated_usd: float = 0.0
    calls: int = 0
    run_id: str = ""
    output: Path | None = None
    error: str = ""
    estimates: dict[str, float] = field(default_factory=dict)  # dry run: job key -> USD
    new_usd: float = 0.0  # dry run: the part no earlier variant of the batch pays

    def to_json(self) -> dict[str, Any]:
        return {"variant": self.name, "status": self.status, "seconds": round(self.seconds, 3),
                "cost_usd": round(self.cost_usd, 6),
                "estimated_cost_usd": round(self.estimated_usd, 6),
                **({"estimated_new_usd": round(self.new_usd, 6),
                    "estimated_jobs": len(self.estimates)} if self.status == "estimated"
                   else {}),
                "provider_calls": self.calls, "run_id": self.run_id,
                "output": str(self.output) if self.output else None,
                **({"error": self.error} if self.error else {})}


class BatchProgress:
    """Counts of done, running, cached (skipped as already done) and failed variants,
    and the money spent so far, updated as variants start, spend and end."""

    def __init__(self, *, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.started_at = time.perf_counter()
        self.done = self.cached = self.failed = 0
        self.running: set[str] = set()
        self.cost_usd = 0.0
        self.rich: Any = None
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self.rich = Progress(TextColumn("{task.description}"), BarColumn(),
                                 TextColumn("{task.completed}/{task.total} variants"),
                                 TimeElapsedColumn(), console=Console(file=self.stream))
            self.task = self.rich.add_task("batch", total=total)
            self.rich.start()

    def counts(self) -> str:
        return (f"done {self.done + self.cached}/{self.total}, running {len(self.running)}, "
                f"cached {self.cached}, failed {self.failed}, ${self.cost_usd:.3f}")

    def _line(self, text: str) -> None:
        stamp = f"[{time.perf_counter() - self.started_at:7.2f}s]"
        if self.rich is not None:
            self.rich.console.print(f"{stamp} {text}", highlight=False, markup=False)
            self.rich.update(self.task, completed=self.done + self.cached + self.failed,
                             description=self.counts())
        else:
            print(f"{stamp} {text}  ({self.counts()})", file=self.stream, flush=True)

    def started(self, name: str) -> None:
        self.running.add(name)
        self._line(f"{name}: running")

    def spent(self, usd: float) -> None:
        self.cost_usd += usd

    def finished(self, outcome: Outcome) -> Outcome:
        if outcome.status == "done":
            self.cached += 1
            self._line(f"{outcome.name}: already done ({outcome.output})")
            return outcome
        self.running.discard(outcome.name)  # (a variant failing validation never started)
        if outcome.status in DONE_STATES:
            self.done += 1
        else:
            self.failed += 1
        why = f": {outcome.error}" if outcome.error else ""
        self._line(f"{outcome.name}: {outcome.status} in {outcome.seconds:.2f}s, "
                   f"${outcome.cost_usd:.3f}{why}")
        return outcome

    def close(self) -> None:
        if self.rich is not None:
            self.rich.stop()


def _rows(outcomes: list[Outcome]) -> list[tuple[str, ...]]:
    return [(o.name, o.status, f"{o.seconds:.2f}s", f"${o.cost_usd:.3f}",
             str(o.output) if o.output else (o.error or "-")) for o in outcomes]


def print_summary(outcomes: list[Outcome], *, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    header = ("variant", "status", "time", "cost", "output")
    rows = _rows(outcomes)
    total = (f"{len(outcomes)} variants: "
             f"{sum(o.status in DONE_STATES for o in outcomes)} ok, "
             f"{sum(o.status not in DONE_STATES for o in outcomes)} failed, "
             f"${sum(o.cost_usd for o in outcomes):.3f}")
    if out.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*header, title="mvstudio batch")
        for row in rows:
            table.add_row(*row)
        Console(file=out).print(table)
        print(total, file=out)
        return
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[4],
              file=out)
    print(total, file=out)


def share_estimates(outcomes: list[Outcome]) -> float:
    """Set each variant's ``new_usd`` (its paid jobs no earlier variant has) and return the
    batch's total: every distinct job (cache key) once, as the real batch pays it."""
    seen: set[str] = set()
    for o in outcomes:
        fresh = {k: usd for k, usd in o.estimates.items() if k not in seen}
        o.new_usd = sum(fresh.values())
        seen.update(fresh)
    return sum(o.new_usd for o in outcomes)


def print_estimates(outcomes: list[Outcome], *, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    total = share_estimates(outcomes)
    for o in outcomes:
        extra = f" ({o.status}: {o.error})" if o.error else (
            " (already done)" if o.status == "done" else "")
        print(f"{o.name}: ${o.estimated_usd:.4f} estimated, ${o.new_usd:.4f} new to this "
              f"batch{extra}", file=out)
    alone = sum(o.estimated_usd for o in outcomes)
    jobs = len({k for o in outcomes for k in o.estimates})
    print(f"total: ${total:.4f} estimated for {jobs} paid job(s), each once (${alone:.4f} "
          "if every variant ran alone)", file=out)
