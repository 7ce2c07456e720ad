"""Does the studio stay responsive while it runs a graph? And how fast does a big graph open?

1. While the studio runs a graph with 50 gen.image nodes (fal, on the loopback
   fakes, in their own process) plus the demo's pipeline at 640x360 (beat
   analysis, cut plan, Ken Burns clips, montage, final render), all uncached, a 5 ms QTimer probe measures event-loop stalls
   (tick interval minus 5 ms). Runs A and B use the studio's default engine mode
   (the executor in its own process): A with the fal adapter's default cap (8
   jobs at once, the rest queue in the adapter), B with all 50 jobs in flight at
   the HTTP level. C repeats B with the executor in the studio's own process,
   on the Qt loop (``inline`` mode), for comparison. A 5 s idle
   baseline of the same probe comes first, so machine noise can be told apart.
   From run B on, the window also does what a creator watching it does: the
   timeline shows the song with its shot track, its playhead moves at 30 Hz
   (playback) while zoomed in, and the Preview shows the per-shot stills (a list
   output) in its gallery.
2. Opening a 300-node graph: time from ``open_path`` to the canvas's first paint,
   and until every node is drawn.

Offscreen Qt, temp workspace. Prints the headline figure last.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nodes.document import save  # noqa: E402
from nodes.graph import Graph, Link, Node  # noqa: E402

JOBS = 50
IN_FLIGHT = None  # set in main()


def busy_graph(folder: Path, *, seed0: int = 0, name: str = "busy") -> Path:
    import shutil

    if not (folder / "song.flac").exists():
        shutil.copy(REPO / "assets" / "demo" / "song.flac", folder / "song.flac")
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a lighthouse at dusk"})
    for i in range(JOBS):
        nid = f"pic_{i}"
        g.nodes[nid] = Node(nid, "gen.image", params={
            "model": "fal:fal-ai/flux/schnell", "seed": seed0 + i, "width": 256,
            "height": 144})
        g.links.append(Link("idea", "text", nid, "prompt"))
        g.ui[nid] = {"pos": [300 + 220 * (i % 10), 140 * (i // 10)]}
    # The demo's pipeline at 640x360: beat analysis, cut plan, a still per shot, a Ken
    # Burns clip per shot, montage and the final render against the song.
    small = {"width": 640, "height": 360}
    chain = [("song", "input.audio", {"path": "song.flac"}),
             ("beats", "audio.analyze", {}),
             ("cuts", "audio.cut_plan", {"every": 1, "unit": "bar", "min_shot_s": 1.0,
                                         "max_shot_s": 6.0, "fps": "30"}),
             ("scenes", "text.scenes", {"mode": "per_shot", "model": "local:template",
                                        "seed": seed0}),
             ("stills", "gen.image", {"model": "local:procedural", "seed": seed0, **small}),
             ("clips", "comp.kenburns", {"duration_s": 2.2, "fps": "30", **small}),
             ("montage", "comp.montage", {}),
             ("render", "out.render", {"path": f"{name}.mp4", "preset": "custom", **small})]
    for nid, type_id, params in chain:
        g.nodes[nid] = Node(nid, type_id, params=params)
    for src, sport, dst, dport in (
            ("song", "audio", "beats", "audio"), ("beats", "beats", "cuts", "beats"),
            ("idea", "text", "scenes", "theme"), ("beats", "beats", "scenes", "beats"),
            ("cuts", "plan", "scenes", "plan"), ("scenes", "scenes", "stills", "prompt"),
            ("stills", "image", "clips", "image"), ("clips", "video", "montage", "clips"),
            ("cuts", "plan", "montage", "plan"), ("montage", "timeline", "render", "timeline"),
            ("song", "audio", "render", "audio")):
        g.links.append(Link(src, sport, dst, dport))
    save(g, folder / f"{name}.mvgraph")
    return folder / f"{name}.mvgraph"


def big_graph(folder: Path, n: int = 300) -> Path:
    g = Graph()
    g.nodes["n0"] = Node("n0", "input.text", params={"text": "x"})
    for i in range(1, n):
        g.nodes[f"n{i}"] = Node(f"n{i}", "text.template", params={"template": "{text}!"})
        g.links.append(Link(f"n{i - 1}", "text", f"n{i}", "text"))
    g.ui = {nid: {"pos": [240 * (i % 20), 160 * (i // 20)]} for i, nid in enumerate(g.nodes)}
    save(g, folder / "big.mvgraph")
    return folder / "big.mvgraph"


def start_fakes() -> subprocess.Popen[str]:
    """``python -m providers.fakes`` on a free port; its export lines go into our env."""
    # The fakes' ThreadingHTTPServer keeps the stdlib listen backlog of 5, which drops
    # connections when 50 jobs submit at once; give it a real server's backlog.
    code = ("import providers.fakes.server as s; s._Server.request_queue_size = 256; "
            "from providers.fakes.__main__ import main; "
            "main(['--port', '0', '--polls', '2'])")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("export "):
            name, _, value = line[7:].strip().partition("=")
            os.environ[name] = value
        if line.startswith("# Ctrl-C"):
            break
    return proc


def _probe(qt: object, stalls: list[float]) -> object:
    """A 5 ms precise QTimer; each tick records how late it came (ms)."""
    QtCore = qt  # noqa: N806
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(max(0.0, (now - last[0]) * 1000 - 5.0))
        last[0] = now

    probe = QtCore.QTimer()
    probe.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    return probe


async def _until(ready: object, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not ready() and time.perf_counter() < deadline:  # type: ignore[operator]
        await asyncio.sleep(0.05)


def _p99(stalls: list[float]) -> float:
    ordered = sorted(stalls)
    return ordered[int(0.99 * (len(ordered) - 1))] if ordered else float("nan")


async def measure_idle(qt: object, seconds: float) -> list[float]:
    """Baseline: the same probe with the studio idle (machine noise, same run)."""
    stalls: list[float] = []
    probe = _probe(qt, stalls)
    await asyncio.sleep(seconds)
    probe.stop()  # type: ignore[attr-defined]
    return stalls


class InFlight:
    """Counts provider jobs running at the same time (from the run's events)."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def __call__(self, event: object) -> None:
        from nodes import events as ev

        if not getattr(event, "node_id", "").startswith("pic_"):
            return
        if isinstance(event, ev.NodeStarted):
            self.now += 1
            self.peak = max(self.peak, self.now)
        elif isinstance(event, (ev.NodeFinished, ev.NodeFailed)):
            self.now -= 1


async def measure_run(win: object, qt: object, *, playing: bool = False
                      ) -> tuple[list[float], object]:
    stalls: list[float] = []
    win.run.controller.event.connect(IN_FLIGHT)  # type: ignore[attr-defined]
    playback = _playback(win, qt) if playing else None
    probe = _probe(qt, stalls)
    # every node is a target: the 50 image nodes feed no output node, and a run without
    # targets runs only what leads to an output (issue 11)
    every = set(win.doc.graph.nodes)  # type: ignore[attr-defined]
    task = win.run.start(every, no_cache=True)  # type: ignore[attr-defined]
    result = await task
    probe.stop()
    if playback is not None:
        playback.stop()  # type: ignore[attr-defined]
    return stalls, result


def _playback(win: object, qt: object) -> object:
    """A playhead moving at 30 Hz over the zoomed-in timeline, as during playback."""
    QtCore = qt  # noqa: N806
    t = [0.0]

    def tick() -> None:
        t[0] = (t[0] + 1 / 30) % 40.0
        win.timeline.set_playhead(t[0])  # type: ignore[attr-defined]

    timer = QtCore.QTimer()
    timer.setInterval(33)
    timer.timeout.connect(tick)
    timer.start()
    return timer


async def show_timeline_and_gallery(win: object) -> list[object]:
    """After run A: the timeline (with its shot track) and the stills' gallery, as a
    creator would look at them. The gallery stays on screen for runs B to D; their
    graphs (new seeds) reload the timeline, and get run A's shot track back."""
    await win.run.truth.refresh()  # type: ignore[attr-defined]
    win.run.load_timeline("cuts")  # type: ignore[attr-defined]
    await win.run.settle()  # type: ignore[attr-defined]
    win.run.open_in_preview("stills")  # type: ignore[attr-defined]
    await win.run.settle()  # type: ignore[attr-defined]
    await asyncio.sleep(0.5)  # the gallery's stills are made off the GUI thread
    shots = list(win.timeline.canvas.view.shots)  # type: ignore[attr-defined]
    items = win.preview.gallery.grid.count()  # type: ignore[attr-defined]
    print(f"on screen for runs B and C: timeline with {len(shots)} shots (zoomed in, playhead "
          f"at 30 Hz), gallery with {items} stills")
    return shots


def _summary(label: str, stalls: list[float], result: object) -> tuple[float, float]:
    ok = result is not None and result.status == "succeeded"  # type: ignore[attr-defined]
    if result is not None and not ok:
        errors = sorted({r.error or "" for r in result.nodes.values() if r.error})  # type: ignore[attr-defined]
        print(f"{label}: run failed: {errors[:2]}")
    print(f"{label}: status={getattr(result, 'status', 'crashed')} "
          f"gen.image nodes running at once (peak)={IN_FLIGHT.peak} "  # type: ignore[union-attr]
          f"run {getattr(result, 'seconds', 0):.1f} s, {len(stalls)} probe ticks, "
          f"stall p99 {_p99(stalls):.1f} ms, max {max(stalls):.1f} ms")
    return _p99(stalls), max(stalls)


def main() -> int:
    from concurrent.futures import ThreadPoolExecutor

    from benchmarks.ui_open_unplaced import open_once
    from studio.gui.app import scripted_studio
    from studio.gui.qt import QtCore
    from studio.warmup import warm_up

    global IN_FLIGHT
    tmp = Path(tempfile.mkdtemp(prefix="mvstudio-bench-"))
    os.environ["MVSTUDIO_HOME"] = str(tmp / "home")
    server = start_fakes()  # own process: its threads must not compete for our GIL
    atexit.register(server.terminate)  # also when the script fails half-way
    app, loop, win = scripted_studio(tmp / "home")
    loop.set_default_executor(ThreadPoolExecutor(max_workers=8))
    warm = warm_up().join()  # what the studio does in the background right after it opens
    win.run.controller.http_client = lambda: warm.http_client
    win.settings.set("limits", {"provider": JOBS})  # the executor lets all 50 start
    win.budget.setValue(100.0)
    results = []
    shots: list[object] = []  # run A's shot track, shown again during runs B and C
    with loop:
        idle = loop.run_until_complete(measure_idle(QtCore, 5.0))
        print(f"baseline, studio idle 5 s: p99 {_p99(idle):.1f} ms, max {max(idle):.1f} ms "
              f"(machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        all_in_flight = {"fal": {"max_concurrency": JOBS, "rate_per_s": 500, "burst": 100}}
        for label, caps, seed0, engine in (
                ("A: engine process, fal's default cap (8 jobs at once)", {}, 0, "process"),
                ("B: engine process, all 50 jobs in flight", all_in_flight, 1000, "process"),
                ("C: as B, executor on the Qt loop (qasync)", all_in_flight, 2000, "inline")):
            win.settings.set("provider_limits", caps)
            win.run.use_engine(engine)
            if engine == "process":  # started when the studio opens, before any Run
                win.run.controller.process.start()
                loop.run_until_complete(_until(lambda: win.run.controller.process.ready))
            win.open_path(busy_graph(tmp, seed0=seed0, name=f"busy{seed0}"))
            # A person looks at the opened graph before pressing Run: its first paint
            # (every node drawn into its cache) belongs to opening, measured below.
            loop.run_until_complete(asyncio.sleep(1.0))
            IN_FLIGHT = InFlight()
            if seed0 >= 1000:  # runs B and C: the timeline and gallery are on screen
                loop.run_until_complete(_until(lambda: win.timeline.canvas.data is not None))
                win.timeline.set_shots(shots)
                win.timeline.canvas.zoom(0.3)
            stalls, result = loop.run_until_complete(measure_run(win, QtCore,
                                                                 playing=seed0 >= 1000))
            results.append((_summary(label, stalls, result), result))
            if seed0 == 0:
                shots = loop.run_until_complete(show_timeline_and_gallery(win))
        server.terminate()
        server.wait(timeout=10)
        # Opening starts async work (the cache probe): on the studio's running loop.
        open_s, all_s, _placed = loop.run_until_complete(open_once(win, big_graph(tmp)))
    ok = all(r is not None and r.status == "succeeded" for _, r in results)
    print(f"300-node graph: all nodes drawn after {all_s * 1000:.0f} ms")
    print(f"open 300-node graph to first paint: {open_s * 1000:.0f} ms (target < 1000 ms)")
    (p99_a, max_a), _ = results[0]
    (p99_b, max_b), _ = results[1]
    (p99_c, max_c), _ = results[2]
    print(f"event-loop stalls during a {JOBS}-job run + analysis + render: "
          f"A (engine process, default caps) p99 {p99_a:.1f} ms, max {max_a:.1f} ms; "
          f"B (engine process, 50 in flight) p99 {p99_b:.1f} ms, max {max_b:.1f} ms "
          "(targets p99 < 20, max < 100); for comparison, in the studio's process: "
          f"C (qasync) p99 {p99_c:.1f} ms, max {max_c:.1f} ms"
          + ("" if ok else "  [A RUN DID NOT SUCCEED]"))
    win.run.controller.shutdown()
    win.doc.stack.setClean()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
