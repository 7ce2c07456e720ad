"""The review store: items keyed by graph/node/media, decisions logged with who and when."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from nodes.review import APPROVED, PENDING, REJECTED, ReviewStore, item_key
from nodes.runs import RunStore


def _ask(store: ReviewStore, run_id: str, media: str = "ab" * 32) -> object:
    return store.ask(graph="/g/a.mvgraph", node_id="review", media_key=media,
                     media_path=f"/cache/{media}", run_id=run_id,
                     qc={"score": 0.75, "passed": False, "reasons": ["too quiet"]})


def test_items_survive_reruns_and_keep_decisions(tmp_path: Path) -> None:
    runs = RunStore(tmp_path / "runs.sqlite")
    store = ReviewStore(runs)
    item = _ask(store, "run-1")
    assert item.status == PENDING and item.qc_score == 0.75
    assert item.item_key == item_key("/g/a.mvgraph", "review", "ab" * 32)
    decided = store.decide(item.item_key, approved=True, note="ok", who="ana")
    assert (decided.status, decided.decided_by, decided.note) == (APPROVED, "ana", "ok")
    assert decided.decided_at is not None
    again = _ask(store, "run-2")  # the same media at the same gate in a later run
    assert again.status == APPROVED and again.run_id == "run-2"
    other = _ask(store, "run-2", media="cd" * 32)  # new media needs a new decision
    assert other.status == PENDING
    assert [i.media_key[:2] for i in store.items(run_id="run-2")] == ["ab", "cd"]
    assert [i.media_key[:2] for i in store.items(status=PENDING)] == ["cd"]
    store.decide(other.item_key, approved=False, note="wrong colours")
    assert store.get(other.item_key).status == REJECTED
    assert store.get(other.item_key).decided_by  # getpass user (or 'unknown')
    reopened = ReviewStore(RunStore(tmp_path / "runs.sqlite"))  # tables already exist
    assert reopened.history(item.item_key)[0]["decided_by"] == "ana"
    with pytest.raises(KeyError):
        store.decide("nope", approved=True)


def test_review_cli_lists_decides_and_refuses_bad_input(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from nodes.workspace import Workspace
    from studio.cli import CliError
    from studio.cli_review import add_review_parser, cmd_review, print_waiting

    monkeypatch.setenv("MVSTUDIO_HOME", str(tmp_path))
    ws = Workspace.open()
    run_id = ws.runs.start_run("/g/a.mvgraph")
    _ask(ReviewStore(ws.runs), run_id)
    assert print_waiting(ws.runs, run_id) == 1
    assert "too quiet" in capsys.readouterr().err
    ws.close()
    parser = argparse.ArgumentParser()
    add_review_parser(parser.add_subparsers(dest="command"))

    def review(*argv: str) -> int:
        return cmd_review(parser.parse_args(["review", *argv]))

    assert review("last") == 0 and "pending" in capsys.readouterr().out
    with pytest.raises(CliError, match="--reject needs --note"):
        review(run_id, "--reject", "review")
    with pytest.raises(CliError, match="no run 'zzz'"):
        review("zzz")
    with pytest.raises(CliError, match="no pending review item for node 'other'"):
        review(run_id, "--approve", "other")
    assert review(run_id, "--reject", "review", "--note", "too quiet") == 0
    assert "rejected" in capsys.readouterr().out
    with pytest.raises(CliError, match="nothing is pending"):
        review(run_id, "--approve", "review")
    assert review(run_id, "--json") == 0
    assert '"status": "rejected"' in capsys.readouterr().out
