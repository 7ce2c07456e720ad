"""``mvstudio review RUN_ID [--approve NODE] [--reject NODE --note TEXT]``.

Lists the review items a run asked for (with QC score and reasons), or
records a decision for every pending item of one gate node. Decisions are
keyed by graph, node and media, so the next ``mvstudio render`` of the same
graph passes the gate and reuses every cached result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

EXIT_OK = 0


def add_review_parser(subparsers: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = subparsers.add_parser("review", help="list or decide what waits for human review",
                              description="Without --approve/--reject, lists the run's review "
                              "items. RUN_ID 'last' means the latest run.")
    p.add_argument("run_id", metavar="RUN_ID")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--approve", metavar="NODE",
                       help="approve the pending items of gate NODE ('all' = every gate)")
    group.add_argument("--reject", metavar="NODE", help="reject the pending items of gate NODE")
    p.add_argument("--note", default="", help="why (required with --reject)")
    p.add_argument("--json", action="store_true", help="print items as JSON")
    return p


def _line(item: Any) -> str:
    score = f"{item.qc_score:.2f}" if item.qc_score is not None else "-"
    reasons = "; ".join(item.qc.get("reasons", [])) or ("QC passed" if item.qc else "no QC")
    who = ""
    if item.status != "pending":
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.decided_at or 0))
        who = f"  by {item.decided_by} at {when}" + (f": {item.note}" if item.note else "")
    return (f"{item.node_id:<16} {item.status:<9} QC {score:<5} {item.media_key[:12]}  "
            f"{reasons}{who}\n    {item.media_path}")


def print_waiting(runs: Any, run_id: str, *, stream: Any = None) -> int:
    """After a render stopped at a gate: list what waits; returns how many items."""
    from nodes.review import ReviewStore

    stream = stream or sys.stderr
    items = ReviewStore(runs).items(run_id=run_id, status="pending")
    for item in items:
        print(f"waiting for review: {_line(item)}", file=stream)
    if items:
        print(f"decide with: mvstudio review {run_id} --approve NODE | --reject NODE "
              "--note TEXT", file=stream)
    return len(items)


def _resolve_run(ws: Any, run_id: str) -> str:
    from studio.cli import CliError

    if run_id == "last":
        runs = ws.runs.runs(limit=1)
        if not runs:
            raise CliError("no runs yet")
        return str(runs[0].run_id)
    if ws.runs.run(run_id) is None:
        raise CliError(f"no run '{run_id}' (see `mvstudio runs`)")
    return run_id


def _decide(store: Any, run_id: str, node: str, *, approved: bool, note: str) -> int:
    from studio.cli import CliError

    items = store.items(run_id=run_id)
    targets = [i for i in items if node in ("all", i.node_id) and i.status == "pending"]
    if not targets:
        nodes = sorted({i.node_id for i in items if i.status == "pending"})
        raise CliError(f"run {run_id} has no pending review item for node '{node}'"
                       + (f" (pending: {', '.join(nodes)})" if nodes else
                          " (nothing is pending)"))
    for item in targets:
        decided = store.decide(item.item_key, approved=approved, note=note)
        print(f"{decided.status}: {_line(decided)}")
    print("render the graph again to continue" + ("" if approved else
                                                 " (rejected media stops its branch)"))
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from nodes.review import ReviewStore
    from nodes.workspace import Workspace
    from studio.cli import CliError

    if args.reject and not args.note.strip():
        raise CliError("--reject needs --note TEXT saying why")
    ws = Workspace.open()
    try:
        run_id = _resolve_run(ws, args.run_id)
        store = ReviewStore(ws.runs)
        if args.approve or args.reject:
            return _decide(store, run_id, args.approve or args.reject,
                           approved=bool(args.approve), note=args.note)
        items = store.items(run_id=run_id)
        if args.json:
            print(json.dumps([i.to_json() for i in items], indent=2, default=str))
        elif not items:
            print(f"run {run_id} asked for no review")
        for item in [] if args.json else items:
            print(_line(item))
        return EXIT_OK
    finally:
        ws.close()
