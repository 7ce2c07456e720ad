"""Train the beat net of audio_sync/activation.py (torch, CPU) and export its weights as .npz.

Run in a separate venv with torch and numpy (torch is never a dependency of the package):

    nice -n 10 python benchmarks/train_beat_tcn.py DATA.npz [OUT.npz] [--epochs N]
    (--epochs 0: only rewrite the test reference for the weights in OUT.npz)

DATA.npz comes from benchmarks/beat_tcn_dataset.py (training material only). Every 8th
excerpt is kept out of training as a validation set for choosing the epoch. When OUT is the
shipped ``audio_sync/beat_tcn.npz``, the script also writes
``tests/audio_sync/data/beat_tcn_reference.npz``: a fixed small input and torch's output on it,
which the numpy inference must reproduce (a candidate written elsewhere leaves it alone; session
40 had to restore it after each candidate's training).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
CHANNELS = 16
KERNEL = 5
DILATIONS = (1, 2, 4, 8, 16, 32)
CROP = 1024  # frames (24 s) per training example
DB_FLOOR = -80.0


def model_input(mel_db: np.ndarray) -> np.ndarray:
    """Same as audio_sync.activation.model_input (kept in sync by the reference test)."""
    x = (np.asarray(mel_db, dtype=np.float32) - DB_FLOOR) / -DB_FLOOR
    diff = np.zeros_like(x)
    diff[:, 1:] = np.maximum(0.0, x[:, 1:] - x[:, :-1])
    return np.concatenate([x, 8.0 * diff], axis=0)


class TCN(nn.Module):
    def __init__(self, n_in: int, channels: int = CHANNELS) -> None:
        super().__init__()
        self.inp = nn.Conv1d(n_in, channels, 3, padding=1)
        self.blocks = nn.ModuleList(nn.Conv1d(channels, channels, KERNEL, dilation=d, padding=d * (KERNEL // 2))
                                    for d in DILATIONS)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Conv1d(channels, 2, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.inp(x))
        for blk in self.blocks:
            h = h + self.drop(torch.relu(blk(h)))
        return self.out(h)  # logits


def export(model: TCN, path: Path) -> None:
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    w = {"in.w": sd["inp.weight"], "in.b": sd["inp.bias"], "out.w": sd["out.weight"], "out.b": sd["out.bias"],
         "dilations": np.array(DILATIONS, dtype=np.int32),
         "receptive_half": np.array(1 + sum(d * (KERNEL // 2) for d in DILATIONS), dtype=np.int32)}
    for i in range(len(DILATIONS)):
        w[f"b{i}.w"], w[f"b{i}.b"] = sd[f"blocks.{i}.weight"], sd[f"blocks.{i}.bias"]
    np.savez(path, **w)


def load(path: Path) -> tuple[list[np.ndarray], list[np.ndarray], list[str]]:
    """Log-mel frames (not yet model input: stretching comes first) and targets."""
    z = np.load(path)
    names = [str(n) for n in z["names"]]
    xs = [z[f"x{k}"].astype(np.float32) for k in range(len(names))]
    ys = [z[f"y{k}"] for k in range(len(names))]
    return xs, ys, names


def stretch(mel: np.ndarray, y: np.ndarray, rate: float) -> tuple[np.ndarray, np.ndarray]:
    """Time-stretch the frames by ``rate`` (linear interpolation) and move the targets with
    them: the renders each have one tempo, this spreads them over the tempo range."""
    n = max(8, int(round(mel.shape[1] / rate)))
    pos = np.arange(n) * rate
    idx = np.arange(mel.shape[1])
    out = np.stack([np.interp(pos, idx, band) for band in mel]).astype(np.float32)
    ty = np.zeros((2, n), np.float32)
    for h in range(2):
        peaks = np.round(np.flatnonzero(y[h] == 1.0) / rate).astype(int)
        peaks = peaks[peaks < n]
        for off in (-1, 1):
            j = np.clip(peaks + off, 0, n - 1)
            ty[h, j] = np.maximum(ty[h, j], 0.5)
        ty[h, peaks] = 1.0
    return out, ty


def batch(xs: list[np.ndarray], ys: list[np.ndarray], idx: np.ndarray, rng: np.random.Generator,
          *, augment: bool = True) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    bx = np.zeros((idx.size, 2 * xs[0].shape[0], CROP), np.float32)
    by = np.zeros((idx.size, 2, CROP), np.float32)
    bm = np.zeros((idx.size, 1, CROP), np.float32)
    for j, k in enumerate(idx):
        mel, yk = xs[k], ys[k]
        if augment:
            mel, yk = stretch(mel, yk, float(np.exp(rng.uniform(np.log(0.8), np.log(1.25)))))
        full = model_input(mel)
        t = full.shape[1]
        lo = int(rng.integers(0, max(1, t - CROP + 1)))
        n = min(CROP, t - lo)
        x = full[:, lo:lo + n]
        half = x.shape[0] // 2
        shift = int(rng.integers(-1, 2)) if augment else 0  # +-1 band: small timbre/pitch shifts
        if shift:
            x = np.concatenate([np.roll(x[:half], shift, axis=0), np.roll(x[half:], shift, axis=0)])
        bx[j, :, :n] = x
        by[j, :, :n] = yk[:, lo:lo + n]
        bm[j, :, :n] = 1.0
    return torch.from_numpy(bx), torch.from_numpy(by), torch.from_numpy(bm)


def batch_drawer(tr: np.ndarray, names: list[str], production_share: float | None,
                 rng: np.random.Generator, size: int = 16, chip_share: float | None = None):
    """A function drawing one batch's excerpt indices from ``tr``: uniformly, or with a fixed
    number of productions (a few among hundreds of renders teach the net little, record s25)
    and of chip arrangements (real-train-chip, record s43)."""
    if production_share is None and chip_share is None:
        return lambda: rng.choice(tr, size)
    groups = []
    for share, test, what in ((production_share, lambda n: n.startswith("prod:"), "productions (prod:...)"),
                              (chip_share, lambda n: "trainchip_" in n, "chip arrangements (trainchip_...)")):
        if share is None:
            continue
        members = np.array([k for k in tr if test(names[k])])
        if members.size == 0:
            raise SystemExit(f"the data holds no {what}; build it with beat_tcn_dataset.py "
                             "--modules-train, --modules-packages or --chip")
        groups.append((members, int(round(share * size))))
    rest = np.setdiff1d(tr, np.concatenate([m for m, _ in groups]))
    n_rest = size - sum(n for _, n in groups)
    print("each batch: " + ", ".join(f"{n} of {m.size}" for m, n in groups)
          + f" drawn apart, {n_rest} of {rest.size} others", flush=True)
    return lambda: np.concatenate([rng.choice(m, n) for m, n in groups] + [rng.choice(rest, n_rest)])


def loss_fn(logits: torch.Tensor, y: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
    pos = torch.tensor([[8.0], [20.0]])  # beats are ~1 frame in 20, downbeats 1 in 60
    w = m * (1.0 + (pos - 1.0) * y)
    bce = nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none")
    per_head = (w * bce).sum(dim=(0, 2)) / w.sum(dim=(0, 2))
    return per_head[0] + 0.5 * per_head[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path, nargs="?", default=ROOT / "audio_sync" / "beat_tcn.npz")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--steps", type=int, default=40, help="batches per epoch")
    ap.add_argument("--channels", type=int, default=CHANNELS)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--init", default=None, metavar="NET.npz[#K]",
                    help="start from these weights (member K of an ensemble) instead of random ones: a fine-tune")
    ap.add_argument("--lr", type=float, default=2e-3, help="Adam's learning rate (cosine to 0)")
    ap.add_argument("--production-share", type=float, default=None, metavar="SHARE",
                    help="draw this share of every batch from the productions (names prod:...; "
                         "beat_tcn_dataset.py); default: uniform over all excerpts")
    ap.add_argument("--chip-share", type=float, default=None, metavar="SHARE",
                    help="draw this share of every batch from real-train-chip's arrangements "
                         "(beat_tcn_dataset.py --chip)")
    args = ap.parse_args()
    for flag, share in (("--production-share", args.production_share), ("--chip-share", args.chip_share)):
        if share is not None and not 0.0 < share < 1.0:
            ap.error(f"{flag} {share}: give a share between 0 and 1")
    if (args.production_share or 0.0) + (args.chip_share or 0.0) >= 1.0:
        ap.error("--production-share and --chip-share together must leave room for the others")
    if args.epochs == 0:  # only (re)write the test reference for the weights in ``out``
        write_reference(args.out)
        return 0
    torch.manual_seed(args.seed)
    torch.set_num_threads(1)
    rng = np.random.default_rng(args.seed)
    xs, ys, names = load(args.data)
    val = np.arange(len(xs))[np.arange(len(xs)) % 8 == 3]
    tr = np.setdiff1d(np.arange(len(xs)), val)
    draw = batch_drawer(tr, names, args.production_share, rng, chip_share=args.chip_share)
    model = TCN(2 * xs[0].shape[0], args.channels)
    if args.init:
        model.load_state_dict(initial_state(args.init))
    print(f"{len(tr)} train / {len(val)} validation excerpts, "
          f"{sum(p.numel() for p in model.parameters())} weights", flush=True)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, args.epochs)
    best, t0 = float("inf"), time.process_time()
    vx, vy, vm = batch(xs, ys, val, np.random.default_rng(0), augment=False)
    if args.init:  # a fine-tune is kept only where it beats its start on the validation set
        model.eval()
        with torch.no_grad():
            best = float(loss_fn(model(vx), vy, vm))
        export(model, args.out)
        print(f"start {args.init}: val {best:.4f}", flush=True)
    for ep in range(args.epochs):
        model.train()
        for _ in range(args.steps):
            bx, by, bm = batch(xs, ys, draw(), rng)
            opt.zero_grad()
            loss = loss_fn(model(bx), by, bm)
            loss.backward()
            opt.step()
        sched.step()
        model.eval()
        with torch.no_grad():
            v = float(loss_fn(model(vx), vy, vm))
        if v < best:
            best = v
            export(model, args.out)
        print(f"epoch {ep:3d} train {float(loss.detach()):.4f} val {v:.4f} best {best:.4f} "
              f"cpu {time.process_time() - t0:.0f}s", flush=True)
    if args.out.resolve() == (ROOT / "audio_sync" / "beat_tcn.npz").resolve():
        write_reference(args.out)  # the test reference is the shipped file's, never a candidate's
    return 0


def initial_state(spec: str) -> dict[str, torch.Tensor]:
    """``NET.npz`` or ``NET.npz#K`` (member K of an ensemble) as the TCN's state dict."""
    sys.path.insert(0, str(ROOT))
    from audio_sync.activation import members

    name, _, k = spec.partition("#")
    with np.load(name) as z:
        z = members({key: z[key] for key in z.files})[int(k or 0)]
    sd = {"inp.weight": z["in.w"], "inp.bias": z["in.b"], "out.weight": z["out.w"], "out.bias": z["out.b"]}
    for i in range(len(DILATIONS)):
        sd[f"blocks.{i}.weight"], sd[f"blocks.{i}.bias"] = z[f"b{i}.w"], z[f"b{i}.b"]
    return {key: torch.from_numpy(np.asarray(v, dtype=np.float32)) for key, v in sd.items()}


def write_reference(weights: Path) -> None:
    """A fixed 96-frame input and torch's output for it, for the numpy inference test; for an
    ensemble file (benchmarks/combine_beat_nets.py) the mean of its members' probabilities (each
    row over the members activation.beat_activation averages for it)."""
    sys.path.insert(0, str(ROOT))
    # numpy only: importable from the torch venv
    from audio_sync.activation import down_count, fitted_count, members

    with np.load(weights) as z:
        held = {k: z[k] for k in z.files}
    nets, n_beat, n_down = members(held), fitted_count(held), down_count(held)
    rng = np.random.default_rng(2026)
    mel_db = np.cumsum(rng.normal(0, 6, (nets[0]["in.w"].shape[1] // 2, 96)), axis=1).clip(-80, 0).astype(np.float16).astype(np.float32)
    probs = []
    for k, z in enumerate(nets):
        model = TCN(z["in.w"].shape[1], z["in.w"].shape[0])
        model.load_state_dict(initial_state(f"{weights}#{k}"))
        model.eval()
        with torch.no_grad():
            probs.append(torch.sigmoid(model(torch.from_numpy(model_input(mel_db))[None]))[0].numpy())
    out = np.stack([np.mean([p[0] for p in probs[:n_beat]], axis=0),
                    np.mean([p[1] for p in probs[:n_down]], axis=0)])
    ref = ROOT / "tests" / "audio_sync" / "data" / "beat_tcn_reference.npz"
    ref.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(ref, mel_db=mel_db.astype(np.float16), expected=out.astype(np.float32))


if __name__ == "__main__":
    raise SystemExit(main())
