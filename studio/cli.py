"""The ``mvstudio`` command line (no Qt here; the GUI is imported only for GUI commands).

Exit codes: 0 success, 1 run failed, 2 bad input, 3 budget or gate stopped the
run, 130 cancelled. Errors print one line each, without a traceback unless
``--debug``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_STOPPED, EXIT_CANCELLED = 0, 1, 2, 3, 130

# OpenBLAS starts one thread per core when numpy loads: about 0.1 s of CPU, and 50-65 ms of a
# process start's wall time when the cores are busy (benchmarks/analysis_speed.py, 2 cores), for
# nothing. The analysis keeps its few matrix products on the calling thread (activation._matmul),
# and batch and Ray scale out by processes, which BLAS threads would only oversubscribe. A user's
# own setting wins.
PROCESS_ENV_DEFAULTS = {"OPENBLAS_NUM_THREADS": "1"}


class CliError(Exception):
    """Bad command-line input: printed as one line, exit 2."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mvstudio", description="mvstudio: AI music videos from "
                                "node graphs. With no command, opens the studio.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command")
    r = sub.add_parser("render", help="render a graph headless")
    r.add_argument("graph")
    r.add_argument("-o", "--output", help="output video file (overrides out.render's path)")
    r.add_argument("--set", action="append", default=[], metavar="NODE.PARAM=VALUE",
                   help="override a param for this run (VALUE is JSON or text)")
    r.add_argument("--report", help="write a JSON run report here "
                   "(schema: docs/run-report.schema.json)")
    r.add_argument("--target", action="append", default=[], metavar="NODE",
                   help="run only what NODE needs (repeatable; default: the output nodes)")
    r.add_argument("--no-cache", action="store_true", help="re-run every node")
    r.add_argument("--budget", type=float, metavar="USD", help="refuse paid jobs beyond this")
    r.add_argument("--dry-run", action="store_true", help="estimate cost, run nothing paid")
    r.add_argument("--approve", choices=["all"], help="approve every review gate up front")
    r.add_argument("--resubmit", action="append", default=[], metavar="NODE",
                   help="submit NODE's paid job again even though an interrupted earlier "
                        "submission may have been accepted (may pay twice)")
    v = sub.add_parser("validate", help="check a graph; exit 0, or 2 with one line per problem")
    v.add_argument("graph")
    n = sub.add_parser("nodes", help="the node catalog")
    n.add_argument("--json", action="store_true")
    a = sub.add_parser("analyze", help="beats, downbeats, tempo and sections of a song")
    a.add_argument("audio")
    a.add_argument("--json", action="store_true")
    a.add_argument("--no-cache", action="store_true", help="re-analyse even if cached")
    a.add_argument("--bpm-hint", type=float, default=0.0, metavar="BPM",
                   help="the tempo you hear (30..300; picks the nearest metrical level)")
    a.add_argument("--beats-per-bar", type=int, default=0, metavar="N",
                   help="beats per bar when you know the metre (2..12)")
    a.add_argument("--shift-half-beat", action="store_true",
                   help="move every beat half a beat later (beats found between the ones you hear)")
    a.add_argument("--bar-shift", type=int, default=0, metavar="K",
                   help="start every bar K beats later (0..11; bars found on the wrong beat)")
    a.add_argument("--beat-shift", type=float, default=0.0, metavar="F",
                   help="move every beat F of a beat later (0..1; e.g. 0.333 for a jig found on "
                        "its second eighth)")
    ru = sub.add_parser("runs", help="run history")
    ru.add_argument("run_id", nargs="?")
    ru.add_argument("--all", action="store_true",
                    help="also list estimates (--dry-run) and the studio's previews")
    from studio.batch import add_batch_parser
    from studio.cli_models import add_models_parser
    from studio.cli_review import add_review_parser
    from studio.serve import add_serve_parser

    add_batch_parser(sub)
    add_review_parser(sub)
    add_models_parser(sub)
    add_serve_parser(sub)
    s = sub.add_parser("studio", help="open the studio")
    s.add_argument("graph", nargs="?")
    s.add_argument("--screenshot", metavar="PNG", help="lay out, save a screenshot, quit")
    return p


COMMANDS = ("render", "batch", "validate", "nodes", "analyze", "runs", "review", "models",
            "serve", "studio")


def _with_default_command(argv: list[str]) -> list[str]:
    """``mvstudio [GRAPH]`` means ``mvstudio studio [GRAPH]``."""
    for i, arg in enumerate(argv):
        if not arg.startswith("-"):
            return argv if arg in COMMANDS else [*argv[:i], "studio", *argv[i:]]
    return argv if {"-h", "--help"} & set(argv) else [*argv, "studio"]


def process_defaults() -> None:
    """Set before numpy loads (OpenBLAS reads it once, at load); child processes inherit it."""
    for key, value in PROCESS_ENV_DEFAULTS.items():
        os.environ.setdefault(key, value)


def main(argv: Sequence[str] | None = None) -> int:
    process_defaults()
    args = _parser().parse_args(_with_default_command(
        list(sys.argv[1:] if argv is None else argv)))
    try:
        return _dispatch(args)
    except CliError as exc:
        print(f"mvstudio: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("mvstudio: cancelled", file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as exc:
        from nodes.errors import NodeEngineError

        if args.debug:
            raise
        print(f"mvstudio: {exc}", file=sys.stderr)
        return exc.exit_code if isinstance(exc, NodeEngineError) else EXIT_FAILED


def _dispatch(args: argparse.Namespace) -> int:
    from studio import cli_batch, cli_models, cli_review, serve
    from studio import cli_commands as c

    handlers = {"render": c.cmd_render, "validate": c.cmd_validate, "nodes": c.cmd_nodes,
                "analyze": c.cmd_analyze, "runs": c.cmd_runs, "review": cli_review.cmd_review,
                "models": cli_models.cmd_models, "studio": c.cmd_studio,
                "batch": cli_batch.cmd_batch, "serve": serve.cmd_serve}
    return int(handlers[args.command](args))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2) + "\n")


def resolve_cwd(path: str) -> Path:
    return (Path.cwd() / Path(path).expanduser()).resolve()


if __name__ == "__main__":
    sys.exit(main())
