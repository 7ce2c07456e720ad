"""Audio nodes: analysis (beats, downbeats, sections), cut planning, reactive curves.

Values between nodes are the ``to_dict()`` forms of ``audio_sync.types``:
JSON, small, and cache-keyed by content.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

from audio_sync.analysis import ANALYSIS_VERSION
from audio_sync.tempo_hint import MAX_BAR_SHIFT
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, Problem
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, BEATMAP, CURVE, CUTPLAN


def parse_fps(value: Any, *, node_id: str, param: str = "fps") -> Fraction:
    """``30``, ``"30000/1001"`` or ``29.97`` (NTSC, read as 30000/1001) as an exact Fraction."""
    from timebase import parse_fps as parse

    try:
        fps = parse(value)
    except ValueError:
        raise BadNodeInput(node_id, f"{value!r} is not a frame rate like 30 or 30000/1001",
                           param=param) from None
    if not 1 <= fps <= 240:
        raise BadNodeInput(node_id, f"frame rate {fps} is outside 1..240", param=param)
    return fps


def analyze_file(path: str, *, progress: Callable[[str], None] | None = None,
                 bpm_hint: float = 0.0, beats_per_bar: int = 0,
                 shift_half_beat: bool = False, bar_shift: int = 0,
                 beat_shift: float = 0.0) -> dict[str, Any]:
    """Beats of an audio file as a BeatMap dict (module-level: it may run on a worker).

    Mono: analysis only reads the channel mean (half the memory)."""
    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio

    if progress is not None:
        progress("decoding")
    return analyze(decode_audio(path, mono=True), progress=progress, bpm_hint=bpm_hint,
                   beats_per_bar=beats_per_bar, shift_half_beat=shift_half_beat,
                   bar_shift=bar_shift, beat_shift=beat_shift).to_dict()


def _hint_options(node_id: str, params: Mapping[str, Any]) -> tuple[float, int]:
    """(bpm_hint, beats_per_bar) of an audio.analyze node, or BadNodeInput naming the param."""
    from audio_sync.tempo_hint import check_hint

    hint, bpb = float(params.get("bpm_hint") or 0.0), int(params.get("beats_per_bar") or 0)
    problem = check_hint(hint, 0)
    if problem:
        raise BadNodeInput(node_id, problem, param="bpm_hint")
    problem = check_hint(0.0, bpb)
    if problem:
        raise BadNodeInput(node_id, problem, param="beats_per_bar")
    return hint, bpb


def _beat_shift(node_id: str, params: Mapping[str, Any]) -> float:
    """An audio.analyze node's beat_shift, or BadNodeInput naming the param (also when
    shift_half_beat is on too)."""
    from audio_sync.tempo_hint import check_beat_shift

    shift = params.get("beat_shift") or 0.0
    problem = check_beat_shift(shift, bool(params.get("shift_half_beat")))
    if problem:
        raise BadNodeInput(node_id, problem, param="beat_shift")
    return float(shift)


def _check_analyze(graph: Any, node: Any, registry: Any) -> list[Problem]:
    """At load time, what the params' ranges let through: a hint in 0..30 BPM, 1 beat a bar
    (0 is auto; out-of-range values are the param check's), a beat shift with the half-beat
    shift on too."""
    spec = registry.get(node.type_id)
    problems = []
    for name in ("bpm_hint", "beats_per_bar"):
        value, pspec = node.params.get(name), spec.param(name) if spec else None
        if (pspec is None or isinstance(value, bool) or not isinstance(value, (int, float))
                or not pspec.min <= value <= pspec.max):
            continue
        try:
            _hint_options(node.id, {name: value})
        except BadNodeInput as exc:
            problems.append(Problem(exc.detail, node.id, name, "bad_param"))
    shift = node.params.get("beat_shift")
    if isinstance(shift, (int, float)) and not isinstance(shift, bool) and 0 < shift < 1:
        try:  # in range, but with shift_half_beat on as well
            _beat_shift(node.id, node.params)
        except BadNodeInput as exc:
            problems.append(Problem(exc.detail, node.id, "beat_shift", "bad_param"))
    return problems


def envelope_file(path: str, *, kind: str, fps: Fraction, attack_s: float, release_s: float
                  ) -> dict[str, Any]:
    """One envelope curve of an audio file as a dict (module-level: it may run on a worker)."""
    from audio_sync.decode import decode_audio
    from audio_sync.envelopes import envelope

    return envelope(decode_audio(path, mono=True), kind=kind, fps=fps, attack_s=attack_s,
                    release_s=release_s).to_dict()


async def _run_analyze(ctx: NodeContext, audio: Artifact) -> dict[str, Any]:
    from audio_sync.analysis import STAGE_SHARE
    from audio_sync.errors import AudioSyncError

    def stage(name: str) -> None:  # on the worker thread; the executor hands it to the loop
        ctx.progress(STAGE_SHARE.get(name), f"analysis: {name}")

    hint, bpb = _hint_options(ctx.node_id, ctx.params)
    beat_shift = _beat_shift(ctx.node_id, ctx.params)
    try:
        beats = await ctx.offload(analyze_file, str(audio.path), reads=(audio.path,),
                                  local={"progress": stage}, bpm_hint=hint, beats_per_bar=bpb,
                                  shift_half_beat=bool(ctx.params.get("shift_half_beat")),
                                  bar_shift=int(ctx.params.get("bar_shift") or 0),
                                  beat_shift=beat_shift)
    except AudioSyncError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="audio") from None
    return {"beats": beats}


def _floats(ctx: NodeContext, name: str) -> list[float]:
    return [float(v) for v in ctx.params.get(name) or []]


async def _run_cut_plan(ctx: NodeContext, beats: dict[str, Any]) -> dict[str, Any]:
    from audio_sync.cuts import confidence_notes, density_notes, plan_cuts
    from audio_sync.errors import AudioSyncError
    from audio_sync.types import BeatMap

    p = ctx.params
    density = {label: float(p[f"density_{label}"]) for label in ("verse", "chorus", "bridge")
               if p.get(f"density_{label}") not in (None, 1.0)}
    beatmap = BeatMap.from_dict(beats)  # once: a long song's map is thousands of floats
    try:
        plan = plan_cuts(beatmap, fps=parse_fps(p["fps"], node_id=ctx.node_id),
                         every=int(p["every"]), unit=p["unit"], min_shot_s=float(p["min_shot_s"]),
                         max_shot_s=float(p["max_shot_s"]), section_density=density or None,
                         accent_downbeats=bool(p["accent_downbeats"]),
                         add_cuts_s=_floats(ctx, "add_cuts_s"),
                         remove_cuts_s=_floats(ctx, "remove_cuts_s"))
        notes = confidence_notes(beatmap) + density_notes(
            beatmap, every=int(p["every"]), unit=p["unit"],
            min_shot_s=float(p["min_shot_s"]), section_density=density)
    except AudioSyncError as exc:
        raise BadNodeInput(ctx.node_id, str(exc)) from None
    return {"plan": {**plan.to_dict(), "notes": notes}}


async def _after_analyze(ctx: NodeContext, outputs: dict[str, Any]) -> None:
    """On every run and cache hit: a song with no clear beat is named in the run's log and
    report (its beats are a guess; the cut planner uses an even grid instead)."""
    from audio_sync.pulse_confidence import REMEDY, is_guess

    beats = outputs["beats"]
    conf = float(beats.get("pulse_confidence", 1.0))
    if is_guess(conf, has_beats=bool(beats.get("beats_s"))):
        note = (f"no clear beat (pulse confidence {conf:.2f}): the beats and "
                f"{float(beats.get('tempo_bpm', 0.0)):.0f} BPM are a guess; {REMEDY}")
        ctx.progress(None, f"analysis: {note}")
        ctx.report.setdefault("notes", {}).setdefault(ctx.node_id, []).append(note)


async def _after_cut_plan(ctx: NodeContext, outputs: dict[str, Any]) -> None:
    """On every run and cache hit: density the planner could not honour goes to the run's
    log (progress events) and report."""
    for note in outputs["plan"].get("notes", []):
        ctx.progress(None, f"cut plan: {note}")
        ctx.report.setdefault("notes", {}).setdefault(ctx.node_id, []).append(note)


async def _run_envelope(ctx: NodeContext, audio: Artifact) -> dict[str, Any]:
    p = ctx.params
    fps = parse_fps(p["fps"], node_id=ctx.node_id)
    return {"curve": await ctx.offload(
        envelope_file, str(audio.path), reads=(audio.path,), kind=str(p["kind"]), fps=fps,
        attack_s=float(p["attack_s"]), release_s=float(p["release_s"]))}


FPS_PARAM = ParamSpec("fps", "str", "30", "video frame rate, e.g. 30 or 30000/1001")

SPECS = [
    # The node's version is the analysis version: a new tracker re-analyses songs whose node
    # results are cached (before, the node cache kept serving the old tracker's beats).
    NodeSpec("audio.analyze", "Analyze song", "audio", _run_analyze, after=_after_analyze,
             version=ANALYSIS_VERSION,
             inputs=(PortSpec("audio", AUDIO),),
             outputs=(PortSpec("beats", BEATMAP, "tempo curve, beats, downbeats, sections"),),
             params=(
                 ParamSpec("bpm_hint", "float", 0.0,
                           "the tempo you hear (BPM, 30..300; 0 = auto): picks the level "
                           "nearest to it, e.g. 88 for a song found at 176", min=0, max=300),
                 ParamSpec("beats_per_bar", "int", 0,
                           "beats per bar when you know the metre (2..12; 0 = auto)",
                           min=0, max=12),
                 ParamSpec("shift_half_beat", "bool", False,
                           "move every beat half a beat later: for beats found between the "
                           "beats you hear"),
                 ParamSpec("beat_shift", "float", 0.0,
                           "move every beat this fraction of a beat later (0..0.99; 0 = as "
                           "found): a third for a jig found on its second eighth; not with "
                           "shift_half_beat", min=0, max=0.99),
                 ParamSpec("bar_shift", "int", 0,
                           "start every bar this many beats later (0 = as found): for bars "
                           "that begin on the wrong beat", min=0, max=MAX_BAR_SHIFT),
             ),
             check=_check_analyze,
             description="Beats, downbeats, metre, tempo curve, sections and onsets; "
                         "the analysis names two other plausible tempos, to take as a hint."),
    NodeSpec("audio.cut_plan", "Cut plan", "audio", _run_cut_plan, after=_after_cut_plan,
             inputs=(PortSpec("beats", BEATMAP),),
             outputs=(PortSpec("plan", CUTPLAN, "shot slots in seconds and frames"),),
             params=(
                 ParamSpec("every", "int", 1, "cut every N units", min=1, max=64),
                 ParamSpec("unit", "choice", "bar", "beat or bar", choices=("beat", "bar")),
                 ParamSpec("min_shot_s", "float", 0.5, "shortest shot", min=0.04, max=60,
                           slider=True),
                 ParamSpec("max_shot_s", "float", 8.0, "longest shot", min=0.1, max=600,
                           slider=True),
                 ParamSpec("density_verse", "float", 1.0, "cut rate in verses (2 = twice as many)",
                           min=0.25, max=8),
                 ParamSpec("density_chorus", "float", 1.0, "cut rate in choruses", min=0.25,
                           max=8),
                 ParamSpec("density_bridge", "float", 1.0, "cut rate in bridges", min=0.25,
                           max=8),
                 ParamSpec("accent_downbeats", "bool", True, "prefer cuts on downbeats"),
                 ParamSpec("add_cuts_s", "floats", [], "manual cuts to add (seconds)"),
                 ParamSpec("remove_cuts_s", "floats", [], "cuts to remove (nearest within 0.1 s)"),
                 FPS_PARAM,
             ),
             description="Where the cuts go: every N beats or bars, per-section density, "
                         "min/max shot length, manual overrides; in seconds and frames."),
    NodeSpec("audio.envelope", "Audio envelope", "audio", _run_envelope,
             inputs=(PortSpec("audio", AUDIO),),
             outputs=(PortSpec("curve", CURVE, "one value per video frame, 0..1"),),
             params=(
                 ParamSpec("kind", "choice", "rms", "what to follow",
                           choices=("rms", "onset", "low", "mid", "high", "flux", "kick")),
                 ParamSpec("attack_s", "float", 0.01, "rise time", min=0.0, max=2.0),
                 ParamSpec("release_s", "float", 0.15, "fall time", min=0.0, max=5.0),
                 FPS_PARAM,
             ),
             description="An audio-reactive curve (loudness, onsets, bands) per video frame."),
]
