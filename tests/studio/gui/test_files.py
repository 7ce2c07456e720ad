"""Save/reopen round trips, placeholders kept unchanged, dirty mark, crash recovery."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nodes.graph import Link


def test_save_reopen_gives_identical_file(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    win.add_node("text.template", (300.0, 500.0))
    assert win.isWindowModified()
    assert win.file_save()
    assert not win.isWindowModified()
    first = demo_copy.read_bytes()
    assert (demo_copy.parent / "demo.mvgraph.bak").exists()
    again = make_window()
    again.open_path(demo_copy)
    assert again.file_save()
    assert demo_copy.read_bytes() == first
    assert "template" in json.loads(first)["ui"]


def test_unknown_node_types_are_marked_and_saved_back_unchanged(make_window: Any,
                                                                 tmp_path: Path) -> None:
    raw = {"id": "magic", "type": "thirdparty.magic", "type_version": 7,
           "params": {"spell": [1, 2, {"x": None}]}, "pinned": False, "extra_field": "kept"}
    data = {"format": "mvstudio.graph", "version": 1, "app_version": "0.1.0",
            "requires": {"mvstudio": ">=0.1"},
            "nodes": [{"id": "idea", "type": "input.text", "type_version": 1,
                       "params": {"text": "hi"}, "pinned": False}, raw],
            "links": [{"from": ["idea", "text"], "to": ["magic", "words"]}],
            "ui": {"idea": {"pos": [0, 0]}, "magic": {"pos": [300, 0]}}}
    path = tmp_path / "odd.mvgraph"
    path.write_text(json.dumps(data))
    win = make_window()
    assert win.open_path(path)
    badge = win.canvas.badges["magic"]
    assert badge.state == "failed" and "thirdparty.magic" in badge.label()
    assert "unknown node type" in win.canvas.views["magic"].view.toolTip()
    assert win.canvas.views["magic"].inputs()["words"].connected_ports()
    win.add_node("text.template", (0.0, 300.0))
    win.file_save()
    saved = json.loads(path.read_text())
    assert saved["nodes"][1] == raw
    assert saved["links"] == data["links"]


def test_autosave_and_recovery_after_crash(make_window: Any, demo_copy: Path, home: Path,
                                           answers_type: Any) -> None:
    from studio.gui.files import recovery_path_for

    win = make_window()
    win.open_path(demo_copy)
    win.add_node("gen.image", (0.0, 600.0))
    recovery = recovery_path_for(home, demo_copy)
    assert recovery.exists() and '"image"' in recovery.read_text()
    # simulated crash: the window is never closed; a new session opens the same file
    Answers = answers_type  # noqa: N806
    answers = Answers()
    fresh = make_window(answers=answers)
    assert fresh.open_path(demo_copy)
    assert answers.asked == ["Recover unsaved changes?"]
    assert "image" in fresh.doc.graph.nodes and fresh.isWindowModified()
    assert "image" not in json.loads(demo_copy.read_text())["ui"]  # file on disk untouched
    fresh.file_save()
    assert not recovery.exists()


def test_declined_recovery_opens_the_file(make_window: Any, demo_copy: Path,
                                          answers_type: Any) -> None:
    Answers = answers_type  # noqa: N806
    win = make_window()
    win.open_path(demo_copy)
    win.add_node("gen.image", (0.0, 600.0))
    answers = Answers()
    answers.answer = False
    fresh = make_window(answers=answers)
    fresh.open_path(demo_copy)
    assert "image" not in fresh.doc.graph.nodes and not fresh.isWindowModified()


def test_close_with_unsaved_changes_asks(make_window: Any, demo_copy: Path,
                                         answers_type: Any) -> None:
    Answers = answers_type  # noqa: N806
    answers = Answers()
    answers.answer = False
    win = make_window(answers=answers)
    win.open_path(demo_copy)
    win.add_node("gen.image", (0.0, 600.0))
    assert not win.close()
    assert answers.asked == ["Unsaved changes"]
    answers.answer = True
    assert win.close()


def test_backdrop_group_is_saved_and_undoable(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    win.canvas.select(["song", "beats"])
    win.group_selected()
    assert win.doc.graph.extra["backdrops"] == [{"title": "group 1", "nodes": ["song", "beats"]}]
    win.file_save()
    assert json.loads(demo_copy.read_text())["backdrops"][0]["nodes"] == ["song", "beats"]
    win.doc.stack.undo()
    assert "backdrops" not in win.doc.graph.extra
    assert Link("song", "audio", "beats", "audio") in win.doc.graph.links


def test_settings_keys_stay_out_of_graph_files(home: Path, tmp_path: Path) -> None:
    from studio.gui.settings import SecretStore, StudioSettings

    secrets = SecretStore(home, use_keyring=False)
    secrets.set("fal.api_key", "sk-test-123")
    assert (secrets.file.stat().st_mode & 0o777) == 0o600
    settings = StudioSettings(home, secrets)
    settings.set("base_urls", {"fal": "http://127.0.0.1:9/fal"})
    settings.set("provider_limits", {"fal": {"max_concurrency": 50}})
    settings.save()
    opts = StudioSettings(home, SecretStore(home, use_keyring=False)).run_options()
    assert opts.provider_settings == {"fal.api_key": "sk-test-123",
                                      "fal.base_url": "http://127.0.0.1:9/fal",
                                      "fal.max_concurrency": "50"}
    assert "sk-test" not in (home / "settings.json").read_text()


def test_untitled_graph_recovery(make_window: Any, answers_type: Any) -> None:
    win = make_window()
    win.add_node("input.text", (0.0, 0.0))  # an unsaved, untitled graph
    fresh = make_window(answers=answers_type())
    assert fresh.offer_untitled_recovery()
    assert "text" in fresh.doc.graph.nodes and fresh.doc.path is None
    assert fresh.isWindowModified()


def test_copy_paste_through_the_clipboard(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    win.canvas.select(["song", "beats"])
    win.copy_selected()
    win.paste()
    assert {"song_2", "beats_2"} <= set(win.doc.graph.nodes)
    assert Link("song_2", "audio", "beats_2", "audio") in win.doc.graph.links
    assert sorted(win.canvas.selected_ids()) == ["beats_2", "song_2"]
    assert win.doc.graph.nodes["song_2"].params == win.doc.graph.nodes["song"].params


def test_settings_dialog_saves_keys_limits_and_budget(make_window: Any, home: Path) -> None:
    from studio.gui.settings_dialog import SettingsDialog

    win = make_window()
    dialog = SettingsDialog(win.settings, win.ws, win)
    dialog.keys["fal"].setText("sk-dialog")
    dialog.urls["replicate"].setText("http://127.0.0.1:1/replicate")
    dialog.jobs.setValue(12)
    dialog.budget.setValue(2.5)
    dialog.save()
    data = json.loads((home / "settings.json").read_text())
    assert data["limits"]["provider"] == 12 and data["default_budget_usd"] == 2.5
    assert "sk-dialog" not in (home / "settings.json").read_text()
    opts = win.settings.run_options()
    assert opts.provider_settings["fal.api_key"] == "sk-dialog"
    assert opts.limits["provider"] == 12


def test_settings_dialog_has_keys_for_runway_synthesia_and_httpjob(make_window: Any,
                                                                   home: Path) -> None:
    """Every provider the registry builds can get its key from the dialog (issue #16)."""
    from studio.gui.settings_dialog import SettingsDialog

    win = make_window()
    dialog = SettingsDialog(win.settings, win.ws, win)
    for name in ("runway", "synthesia", "httpjob"):
        dialog.keys[name].setText(f"key-{name}")
        dialog.urls[name].setText(f"http://127.0.0.1:1/{name}")
    dialog.save()
    opts = win.settings.run_options()
    for name in ("runway", "synthesia", "httpjob"):
        assert opts.provider_settings[f"{name}.api_key"] == f"key-{name}"
        assert opts.provider_settings[f"{name}.base_url"] == f"http://127.0.0.1:1/{name}"
    assert "key-runway" not in (home / "settings.json").read_text()
    from providers.registry import SPECS
    from studio.gui.settings import PROVIDERS

    assert set(SPECS) <= set(PROVIDERS)  # no provider the studio can run lacks a key field


def test_engine_mode_setting_applies_between_runs(make_window: Any, home: Path) -> None:
    from studio.gui.settings_dialog import SettingsDialog

    win = make_window()
    assert win.run.controller.mode == "process"  # the default
    dialog = SettingsDialog(win.settings, win.ws, win)
    assert dialog.engine.findData("thread") == -1  # the thread mode is gone
    dialog.engine.setCurrentIndex(dialog.engine.findData("inline"))
    dialog.save()
    assert json.loads((home / "settings.json").read_text())["engine"] == "inline"
    assert win.run.use_engine() == "inline" and win.run.controller.process is None
    again = make_window()  # a new session reads the setting
    assert again.run.controller.mode == "inline"


@pytest.mark.parametrize("old", [{"engine": "thread"}, {"engine_thread": True}])
def test_old_thread_setting_opens_in_process_mode(make_window: Any, home: Path,
                                                  old: dict[str, Any]) -> None:
    """A settings file from before the thread mode was dropped still opens the studio."""
    from studio.gui.settings_dialog import SettingsDialog

    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps(old))
    win = make_window()
    assert win.run.controller.mode == "process" and win.run.controller.process is not None
    dialog = SettingsDialog(win.settings, win.ws, win)
    assert dialog.engine.currentData() == "process"
