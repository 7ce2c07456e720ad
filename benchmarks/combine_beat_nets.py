"""Write several beat nets' weights (from benchmarks/train_beat_tcn.py) as one ensemble file.

    python benchmarks/combine_beat_nets.py OUT.npz NET.npz NET.npz [...]
    python benchmarks/combine_beat_nets.py --shared 0,1,2 OUT.npz NET.npz [...]
    python benchmarks/combine_beat_nets.py --down-members 5 OUT.npz beat_tcn.npz NET.npz [...]
    python benchmarks/combine_beat_nets.py --fitted-members 5 OUT.npz beat_tcn.npz NET.npz [...]

``audio_sync.activation`` averages the members' beat probabilities. An input may itself be an
ensemble (the shipped ``audio_sync/beat_tcn.npz`` is one): its members are added one by one, or
only those listed after ``#`` (``beat_tcn.npz#0,1,2``: members 0 to 2, to replace the others). The
torch reference for the inference test is then ``train_beat_tcn.py DATA OUT.npz --epochs 0``
(torch venv). ``--shared K,...`` writes a placement file (``audio_sync/beat_tcn_place.npz``):
its own members plus the shipped file's members K, ... (activation.placement_activation).
``--down-members N``: only the first N members' downbeat outputs are averaged (the members after
them join the beat row only; activation.down_count). ``--fitted-members N``: the first N members
make both rows the tracker's stages read; the members after them join only the envelope the DP
places beats on (activation.fitted_count, envelope_activation), and the stages that
``--every-stages S`` lists (a sum of activation.EVERY_*: 1 envelope, 2 act check, 4 fix phase,
8 harmonic judge).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio_sync.activation import ensemble, members  # noqa: E402


def main(argv: list[str]) -> int:
    shared: list[int] = []
    counts = {"--down-members": 0, "--fitted-members": 0, "--every-stages": 0}
    while argv[:1] in (["--shared"], *([k] for k in counts)) and len(argv) > 1:
        try:
            if argv[0] == "--shared":
                shared = [int(k) for k in argv[1].split(",")]
            else:
                counts[argv[0]] = int(argv[1])
                if counts[argv[0]] < 1:
                    raise ValueError(argv[1])
        except ValueError:
            print(f"combine_beat_nets: {argv[0]} {argv[1]}: give member numbers, e.g. "
                  "--shared 0,1,2 or --down-members 5", file=sys.stderr)
            return 2
        argv = argv[2:]
    if len(argv) < (2 if shared else 3):  # beside shared members one own net is enough
        print(__doc__, file=sys.stderr)
        return 2
    out, nets = Path(argv[0]), []
    for arg in argv[1:]:
        name, _, picked = arg.partition("#")
        try:
            with np.load(name) as z:
                found = members({k: z[k] for k in z.files})
            if picked:
                found = [found[int(k)] for k in picked.split(",")]
        except IndexError:
            print(f"combine_beat_nets: {arg}: {name} has members 0 to {len(found) - 1}", file=sys.stderr)
            return 2
        except (OSError, ValueError) as exc:
            print(f"combine_beat_nets: cannot read {name} ({exc}); give .npz files written by "
                  "benchmarks/train_beat_tcn.py or this script", file=sys.stderr)
            return 2
        if not all("in.w" in net for net in found):
            print(f"combine_beat_nets: {name} holds no beat net (no in.w); give .npz files written by "
                  "benchmarks/train_beat_tcn.py or this script", file=sys.stderr)
            return 2
        nets.extend(found)
    if counts["--every-stages"] > 15:  # activation.EVERY_* are four flags
        print(f"combine_beat_nets: --every-stages {counts['--every-stages']}: a sum of 1, 2, 4 and 8",
              file=sys.stderr)
        return 2
    for flag, count in counts.items():
        if count > len(nets) and flag != "--every-stages":
            print(f"combine_beat_nets: {flag} {count}: only {len(nets)} members given", file=sys.stderr)
            return 2
    tmp = out.with_name(out.name + ".tmp.npz")
    extra = {"shared": np.array(shared, dtype=np.int32)} if shared else {}
    for flag, count in counts.items():
        if count:
            extra[flag[2:].replace("-", "_")] = np.array(count, dtype=np.int32)
    np.savez(tmp, **ensemble(nets), **extra)
    tmp.replace(out)
    kept = ", ".join(f"{flag[2:]} {count}" for flag, count in counts.items() if count)
    print(f"{out}: {len(nets)} members" + (f" ({kept})" if kept else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
