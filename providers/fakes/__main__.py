"""Run the loopback provider fakes by hand: ``python -m providers.fakes [--port N]``.

Prints the ``export`` lines that point mvstudio at the fakes, then serves until
interrupted.  ``--fault-rate 0.2`` injects random transient faults.
"""

from __future__ import annotations

import argparse
import threading

from providers.fakes.server import FakeServer
from providers.fakes.state import FakeState


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m providers.fakes", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0 = any)")
    parser.add_argument("--key", default="fake-key", help="API key the fakes accept")
    parser.add_argument("--polls", type=int, default=3, help="polls until a job completes")
    parser.add_argument("--fault-rate", type=float, default=0.0,
                        help="fraction of requests answered with a transient fault")
    parser.add_argument("--file-ttl", type=float, default=3600.0,
                        help="seconds before output files expire")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    state = FakeState(api_key=args.key, polls_to_complete=args.polls, file_ttl_s=args.file_ttl)
    if args.fault_rate:
        state.set_random(args.fault_rate, seed=args.seed)
    server = FakeServer(state, port=args.port).start()
    print("# mvstudio provider fakes are running. Paste these into your shell:")
    for name, value in server.env().items():
        print(f"export {name}={value}")
    print("# Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
