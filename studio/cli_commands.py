"""The work behind each ``mvstudio`` command (imported lazily so ``--help`` is instant)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nodes import document
from nodes.engine import InProcessEngine
from nodes.errors import GraphInvalid
from nodes.events import (
    Event,
    NodeCached,
    NodeFailed,
    NodeFinished,
    NodeProgress,
    NodeStarted,
    RunFinished,
    RunStarted,
)
from nodes.executor import RunResult
from nodes.files import atomic_write_bytes
from nodes.graph import Graph
from nodes.registry import Registry, default_registry
from nodes.report import report_data
from nodes.run_request import ReviewPolicy, RunRequest, UnknownTarget, make_request
from nodes.states import RunKind
from nodes.validate import validate
from nodes.workspace import Workspace, home_dir
from studio.cli import EXIT_BAD_INPUT, CliError, print_json, resolve_cwd

if TYPE_CHECKING:
    from audio_sync.types import BeatMap


def load_graph_file(path: str, registry: Registry) -> tuple[Graph, Path]:
    graph_path = resolve_cwd(path)
    loaded = document.load(graph_path, registry)
    return loaded.graph, graph_path


def _report_problems(graph_path: Path, problems: list[Any]) -> None:
    if problems:
        raise GraphInvalid(str(graph_path), problems)


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def apply_overrides(graph: Graph, sets: list[str], output: str | None) -> None:
    for item in sets:
        target, sep, value = item.partition("=")
        node_id, dot, param = target.partition(".")
        if not sep or not dot or not param:
            raise CliError(f"--set {item!r}: expected NODE.PARAM=VALUE")
        if node_id not in graph.nodes:
            raise CliError(f"--set {item!r}: no node '{node_id}' (nodes: "
                           f"{', '.join(graph.nodes)})")
        graph.nodes[node_id].params[param] = _parse_value(value)
    if output is not None:
        renders = [n for n in graph.nodes.values() if n.type_id == "out.render"]
        if len(renders) != 1:
            raise CliError(f"-o needs exactly one out.render node, the graph has {len(renders)}; "
                           "use --set NODE.path=FILE")
        renders[0].params["path"] = str(resolve_cwd(output))


class ProgressPrinter:
    """Events as lines (not a tty) or as a rich progress display (tty)."""

    def __init__(self, *, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self.total = 0
        self.done = 0
        self.rich: Any = None
        if self.stream.isatty():
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self.rich = Progress(TextColumn("{task.description}"), BarColumn(),
                                 TextColumn("{task.completed}/{task.total} nodes"),
                                 TimeElapsedColumn(), transient=False)
            self.task = self.rich.add_task("rendering", total=None)

    def _line(self, text: str) -> None:
        stamp = f"[{time.perf_counter() - self.started:7.2f}s]"
        if self.rich is not None:
            self.rich.console.print(f"{stamp} {text}", highlight=False, markup=False)
        else:
            print(f"{stamp} {text}", file=self.stream, flush=True)

    def __call__(self, event: Event) -> None:
        if isinstance(event, RunStarted):
            self.total = event.total_nodes
            if self.rich is not None:
                self.rich.start()
                self.rich.update(self.task, total=self.total)
        elif isinstance(event, NodeStarted):
            extra = f" x{event.elements}" if event.elements > 1 else ""
            self._line(f"{event.node_id}: running{extra}")
        elif isinstance(event, NodeProgress):
            if self.rich is not None and event.fraction is not None:
                self.rich.update(self.task, description=f"{event.node_id} "
                                 f"{event.fraction * 100:3.0f}%")
        elif isinstance(event, (NodeCached, NodeFinished)):
            self.done += 1
            what = "cached" if isinstance(event, NodeCached) else (
                f"done in {event.seconds:.2f}s" + (f", ${event.cost_usd:.3f}"
                                                   if event.cost_usd else ""))
            self._line(f"{event.node_id}: {what}")
            if self.rich is not None:
                self.rich.update(self.task, completed=self.done)
        elif isinstance(event, NodeFailed):
            self._line(f"{event.node_id}: {event.kind}: {event.message}")
        elif isinstance(event, RunFinished):
            if self.rich is not None:
                self.rich.stop()
            self._line(f"run {event.status} in {event.seconds:.2f}s, ${event.cost_usd:.3f}")


def _write_report(path: str, data: dict[str, Any]) -> None:
    atomic_write_bytes(resolve_cwd(path), (json.dumps(data, indent=2) + "\n").encode())


def run_request(graph: Graph, graph_path: Path, args: argparse.Namespace) -> RunRequest:
    """The command line as a run request (unknown targets: exit 2, naming them)."""
    return make_request(graph, graph_path=graph_path, targets=args.target or None,
                        budget_usd=args.budget, dry_run=args.dry_run, no_cache=args.no_cache,
                        review=ReviewPolicy.APPROVE_ALL if args.approve == "all"
                        else ReviewPolicy.ASK, resubmit=args.resubmit)


async def _run_graph(ws: Workspace, registry: Registry, request: RunRequest) -> RunResult:
    result = await InProcessEngine(ws, registry).run(request, sink=ProgressPrinter())
    assert result is not None  # in-process runs always end with a result or raise
    return result


def _print_estimate(result: Any) -> None:
    for nid, rep in result.nodes.items():
        if rep.estimated_cost_usd or rep.cost_usd:
            print(f"{nid}: ${rep.estimated_cost_usd:.4f} estimated")
    print(f"total: ${result.estimated_cost_usd:.4f} estimated "
          f"(${result.cost_usd:.4f} already spent by free/cached work)")
    skipped = result.report.get("dry_run_skipped")
    if skipped:
        print(f"not run (no price depends on them): {', '.join(skipped)}")


VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov")


def graph_from_video(video: str) -> str:
    """Write the graph embedded in an mvstudio render beside it (``VIDEO.mvgraph``) and
    return that path; exit 2 when the video carries no graph."""
    from render.errors import MediaProbeError
    from render.metadata import read_embedded_graph

    path = resolve_cwd(video)
    try:
        text = read_embedded_graph(path)
    except MediaProbeError as exc:
        raise CliError(str(exc)) from None
    if text is None:
        raise CliError(f"{path}: this video has no embedded mvstudio graph (only videos "
                       "rendered by mvstudio's out.render carry one)")
    dest = path.with_suffix(".mvgraph")
    data = (_absolute_paths(text) + "\n").encode("utf-8")
    if dest.exists() and dest.read_bytes() != data:
        dest = path.with_name(f"{path.stem}.from-video.mvgraph")
    atomic_write_bytes(dest, data)
    return str(dest)


def _absolute_paths(text: str) -> str:
    """The embedded graph with its relative path params made absolute (they were relative
    to the original graph's folder, recorded beside it), so it runs from beside the video."""
    from nodes.builtin.output import GRAPH_DIR_KEY

    data = json.loads(text)
    base = data.pop(GRAPH_DIR_KEY, None)
    registry = default_registry()
    for node in data.get("nodes", []) if base else []:
        spec = registry.get(str(node.get("type")))
        kinds = {p.name: p.kind for p in spec.params} if spec is not None else {}
        for name, value in (node.get("params") or {}).items():
            if kinds.get(name) == "path" and isinstance(value, str) and value and \
                    not Path(value).expanduser().is_absolute():
                node["params"][name] = str(Path(base) / value)
    return json.dumps(data, indent=2, ensure_ascii=False)


def cmd_render(args: argparse.Namespace) -> int:
    if Path(args.graph).suffix.lower() in VIDEO_SUFFIXES:
        raise CliError(f"{args.graph} is a video, not a graph: open its embedded graph with "
                       f"`mvstudio studio {args.graph}`, save it, then render the .mvgraph")
    registry = default_registry()
    graph, graph_path = load_graph_file(args.graph, registry)
    apply_overrides(graph, args.set, args.output)
    _report_problems(graph_path, validate(graph, registry, base_dir=graph_path.parent))
    try:
        request = run_request(graph, graph_path, args)
    except UnknownTarget as exc:
        raise CliError(f"--target: {exc}") from None
    ws = Workspace.open()
    try:
        result = asyncio.run(_run_graph(ws, registry, request))
        if result.status == "stopped":
            from studio.cli_review import print_waiting

            print_waiting(ws.runs, result.run_id)
    finally:
        ws.close()
    if args.report:
        _write_report(args.report, report_data(result, graph_path))
    if args.dry_run:
        _print_estimate(result)
    if result.error is not None:
        print(f"mvstudio: {result.error}", file=sys.stderr)
        return result.error.exit_code
    if result.report.get("output"):
        print(result.report["output"])
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    registry = default_registry()
    graph, graph_path = load_graph_file(args.graph, registry)
    problems = validate(graph, registry, base_dir=graph_path.parent)
    for problem in problems:
        print(f"{graph_path}: {problem}")
    if not problems:
        print(f"{graph_path}: ok ({len(graph.nodes)} nodes, {len(graph.links)} links)")
    return EXIT_BAD_INPUT if problems else 0


def cmd_nodes(args: argparse.Namespace) -> int:
    registry = default_registry()
    if args.json:
        print_json({"nodes": [spec.describe() for spec in registry]})
        return 0
    category = None
    for spec in registry:
        if spec.category != category:
            category = spec.category
            print(f"\n{category}")
        flags = "".join(f" [{f}]" for f in ("paid", "output") if getattr(spec, f))
        print(f"  {spec.type_id:<16} {spec.title}{flags}: {spec.description}")
    for err in registry.load_errors:
        print(f"warning: {err}", file=sys.stderr)
    return 0


def _analysis_progress(path: Path) -> Callable[[str], None] | None:
    """Stage names on a terminal's stderr, so a slow first analysis does not look stuck."""
    if not sys.stderr.isatty():
        return None
    return lambda stage: print(f"analysing {path.name}: {stage}...", file=sys.stderr, flush=True)


def print_pulse_warning(beatmap: BeatMap) -> None:
    """A song whose beats are a guess says so (the cut planner then uses an even grid)."""
    from audio_sync.pulse_confidence import is_guess

    if is_guess(beatmap.pulse_confidence, has_beats=bool(beatmap.beats_s)):
        print(f"warning: no clear beat (pulse confidence {beatmap.pulse_confidence:.2f}): the "
              f"beats and tempo are a guess; cut plans use an even grid; if the music has a "
              f"beat, try --bpm-hint with the tempo you hear", file=sys.stderr)


def cmd_analyze(args: argparse.Namespace) -> int:
    from audio_sync.analysis import analyze_file
    from audio_sync.errors import AudioSyncError
    from audio_sync.types import bar_shift_text, beat_shift_text

    path = resolve_cwd(args.audio)
    try:
        beatmap = analyze_file(path, cache_dir=home_dir() / "analysis",
                               use_cache=not args.no_cache, progress=_analysis_progress(path),
                               bpm_hint=args.bpm_hint, beats_per_bar=args.beats_per_bar,
                               shift_half_beat=args.shift_half_beat, bar_shift=args.bar_shift,
                               beat_shift=args.beat_shift)
    except AudioSyncError as exc:
        raise CliError(str(exc)) from None
    data = {"duration_s": beatmap.duration_s, "tempo_bpm": beatmap.tempo_bpm,
            "alt_bpm": beatmap.alt_bpm, "alt_score": beatmap.alt_score,
            "alt2_bpm": beatmap.alt2_bpm, "alt2_score": beatmap.alt2_score,
            "bpm_hint": beatmap.bpm_hint, "shift_half_beat": beatmap.shift_half_beat,
            "bar_shift": beatmap.bar_shift, "beat_shift": beatmap.beat_shift,
            "beats_s": list(beatmap.beats_s), "downbeats_s": list(beatmap.downbeats_s),
            "beats_per_bar": beatmap.beats_per_bar, "pulse_confidence": beatmap.pulse_confidence,
            "sections": [s.to_dict() for s in beatmap.sections]}  # with each one's metre
    if args.json:
        print_json(data)
        return 0
    hint = f" (hint {beatmap.bpm_hint:g})" if beatmap.bpm_hint else ""
    hint += " (beats shifted half a beat)" if beatmap.shift_half_beat else ""
    hint += f" ({beat_shift_text(beatmap.beat_shift)})" if beatmap.beat_shift else ""
    hint += f" ({bar_shift_text(beatmap.bar_shift)})" if beatmap.bar_shift else ""
    print(f"{path.name}: {beatmap.duration_s:.2f} s, {beatmap.tempo_text()}{hint}, "
          f"{beatmap.beats_per_bar}/4, {len(beatmap.beats_s)} beats, "
          f"{len(beatmap.downbeats_s)} bars, pulse confidence {beatmap.pulse_confidence:.2f}")
    print_pulse_warning(beatmap)
    for s in beatmap.sections:
        print(f"  {s.start_s:7.2f} - {s.end_s:7.2f}  {s.label:<9} energy {s.energy:.2f}"
              f"  {s.metre}")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    ws = Workspace.open()
    try:
        if args.run_id:
            run = ws.runs.run(args.run_id)
            if run is None:
                raise CliError(f"no run '{args.run_id}' (see `mvstudio runs`)")
            print(f"{run.run_id}  {run.status}  ${run.cost_usd:.3f}  {run.graph}")
            if run.error:
                print(f"  error: {run.error}")
            for st in ws.runs.node_states(run.run_id):
                seconds = f"{st['seconds']:.2f}s" if st["seconds"] is not None else "-"
                cached = " cached" if st["cache_hit"] else ""
                print(f"  {st['node_id']:<20} {st['status']:<10} {seconds:>8}{cached}"
                      f"  calls {st['provider_calls']}  ${st['cost_usd']:.3f}"
                      + (f"  {st['error']}" if st["error"] else ""))
            return 0
        kinds = tuple(RunKind) if args.all else (RunKind.RENDER,)
        for run in ws.runs.runs(kinds=kinds):
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run.started_at))
            print(f"{run.run_id}  {when}  {run.status:<10} ${run.cost_usd:.3f}  {run.graph}")
        return 0
    finally:
        ws.close()


def cmd_studio(args: argparse.Namespace) -> int:
    graph = args.graph
    if graph and Path(graph).suffix.lower() in VIDEO_SUFFIXES:
        graph = graph_from_video(graph)
    try:
        from studio.gui.app import run_studio
    except ImportError as exc:
        raise CliError(f"the studio GUI is not available: {exc}", code=1) from None
    return int(run_studio(graph, screenshot=args.screenshot))


