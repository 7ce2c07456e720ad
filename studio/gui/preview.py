"""Preview: plays a video with sound (QtMultimedia) with a scrubber, shows an image,
draws an audio artifact as its waveform (and plays it), and shows a list output as
a gallery (grid, "n of m", the selected element large).

QtMultimedia comes from PySide6-Addons and needs the system's audio libraries;
without it the preview shows the video's first frame and says why.
"""

from __future__ import annotations

import asyncio
from typing import Any

from nodes.cache import Artifact
from studio.gui.gallery import Gallery, Waveform, audio_peaks
from studio.gui.qt import QtCore, QtGui, QtWidgets, has_multimedia


class _Image(QtWidgets.QLabel):
    """Keeps the image fitted to the widget."""

    def __init__(self) -> None:
        super().__init__()
        self._image = QtGui.QImage()
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        self.setStyleSheet("background: #111316;")

    def set_image(self, image: QtGui.QImage) -> None:
        self._image = image
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            self.setPixmap(QtGui.QPixmap())
            return
        self.setPixmap(QtGui.QPixmap.fromImage(self._image).scaled(
            self.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio,
            QtCore.Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()


class Preview(QtWidgets.QWidget):
    position_changed = QtCore.Signal(float)  # seconds

    def __init__(self) -> None:
        super().__init__()
        self.title = QtWidgets.QLabel("Nothing to preview yet: click a thumbnail")
        self.title.setObjectName("dim")
        self.stack = QtWidgets.QStackedWidget()
        self.image = _Image()
        self.stack.addWidget(self.image)
        self.wave = Waveform()
        self.stack.addWidget(self.wave)
        self.gallery = Gallery()
        self.gallery.hide()
        self.gallery.chosen.connect(self._chosen)
        self.wave.seek.connect(self.seek_s)
        self._list_title = ""
        self._stop_at: float | None = None
        self._thumbs: Any = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.player: Any = None
        self.video: Any = None
        if has_multimedia():
            self._make_player()
        self.play = QtWidgets.QPushButton("▶")
        self.play.setFixedWidth(36)
        self.scrub = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.time = QtWidgets.QLabel("0:00.0")
        self.time.setObjectName("dim")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.play)
        row.addWidget(self.scrub, 1)
        row.addWidget(self.time)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 3)
        layout.addLayout(row)
        layout.addWidget(self.gallery, 2)
        self.play.clicked.connect(self.toggle)
        self.scrub.sliderMoved.connect(lambda ms: self.seek_s(ms / 1000.0))
        self.current: Artifact | None = None
        self._audio: Artifact | None = None

    def _make_player(self) -> None:
        from PySide6 import QtMultimedia, QtMultimediaWidgets

        self.player = QtMultimedia.QMediaPlayer(self)
        self.audio_out = QtMultimedia.QAudioOutput(self)
        self.player.setAudioOutput(self.audio_out)
        self.video = QtMultimediaWidgets.QVideoWidget()
        self.player.setVideoOutput(self.video)
        self.stack.addWidget(self.video)
        self.player.durationChanged.connect(lambda ms: self.scrub.setRange(0, int(ms)))
        self.player.positionChanged.connect(self._position)

    def _position(self, ms: int) -> None:
        if not self.scrub.isSliderDown():
            self.scrub.setValue(int(ms))
        self.time.setText(f"{ms // 60000}:{(ms % 60000) / 1000:04.1f}")
        if self._stop_at is not None and ms / 1000.0 >= self._stop_at:
            self._stop_at = None
            self.player.pause()
            self.play.setText("▶")
        if self.stack.currentWidget() is self.wave:
            self.wave.playhead_s = ms / 1000.0
            self.wave.update()
        self.position_changed.emit(ms / 1000.0)

    def show_artifact(self, art: Artifact, *, title: str = "",
                      poster: QtGui.QImage | None = None) -> None:
        """Images are shown; videos show ``poster`` (a still) until Play is pressed."""
        self.current = art
        size = f" · {art.meta['width']}x{art.meta['height']}" if "width" in art.meta else ""
        self.title.setText(f"{title} · {art.kind}{size}")
        self.play.setEnabled(art.kind != "image")  # nothing to play in a still
        if self.player is not None:
            self.player.stop()
            self.play.setText("▶")
        if art.kind == "audio":
            self._show_audio(art)
            return
        if art.kind == "image":
            self.image.set_image(QtGui.QImage(str(art.path)))
            self.stack.setCurrentWidget(self.image)
            return
        self.image.set_image(poster if poster is not None else QtGui.QImage())
        self.stack.setCurrentWidget(self.image)
        if self.player is not None:
            self.player.setSource(QtCore.QUrl.fromLocalFile(str(art.path)))
            self.play.setText("▶")
        else:
            self.title.setText(self.title.text() + " (install PySide6-Addons to play)")

    def _show_audio(self, art: Artifact) -> None:
        self.wave.peaks, self.wave.message, self.wave.playhead_s = [], "", None
        self.stack.setCurrentWidget(self.wave)
        self._spawn(self._load_wave(art))
        if self.player is not None:
            self.player.setSource(QtCore.QUrl.fromLocalFile(str(art.path)))

    async def _load_wave(self, art: Artifact) -> None:
        try:
            peaks, duration = await asyncio.to_thread(audio_peaks, art.path)
        except Exception as exc:  # an unreadable file: say so, never crash the window
            self.wave.message = f"cannot read this audio: {exc}"
            self.wave.update()
            return
        if self.current is art:
            self.wave.set_peaks(peaks, duration)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def show_list(self, title: str, arts: list[Artifact], thumbs: Any = None) -> None:
        """A list output: every element in the grid, the first one shown large."""
        self._list_title, self._thumbs = title, thumbs
        self.gallery.show()
        self.gallery.set_items(arts, still=thumbs.get if thumbs is not None else None)

    def show_single(self) -> None:
        self.gallery.hide()
        self.gallery.items = []

    def _chosen(self, art: Artifact) -> None:
        row = self.gallery.items.index(art) if art in self.gallery.items else 0
        title = f"{self._list_title} [{row + 1} of {len(self.gallery.items)}]"
        if art.kind == "video" and self._thumbs is not None:
            self._spawn(self._show_video(art, title))
        else:
            self.show_artifact(art, title=title)

    async def _show_video(self, art: Artifact, title: str) -> None:
        poster = await self._thumbs.get(art)
        self.show_artifact(art, title=title, poster=poster)

    def set_audio_fallback(self, art: Artifact) -> None:
        """The song to play when no video is loaded, so timeline seeks are audible."""
        self._audio = art
        if self.current is None and self.player is not None:
            url = QtCore.QUrl.fromLocalFile(str(art.path))
            if self.player.source() != url:  # the same song keeps playing through a re-analysis
                self.player.setSource(url)
            self.title.setText("song (click the timeline to seek)")

    def toggle(self) -> None:
        if self.player is None:
            return
        playing = self.player.playbackState() == self.player.PlaybackState.PlayingState
        if self.current is not None and self.current.kind == "video":
            self.stack.setCurrentWidget(self.video)
        elif self.current is not None and self.current.kind == "audio":
            self.stack.setCurrentWidget(self.wave)
        if playing:
            self.player.pause()
        else:
            self.player.play()
        self.play.setText("▶" if playing else "❚❚")

    def play_on(self) -> None:
        """Play from where the song is, if it is not playing (tapping along needs the sound)."""
        if self.player is not None and self.player.playbackState() != self.player.PlaybackState.PlayingState:
            self.toggle()

    def play_range(self, start_s: float, end_s: float) -> None:
        """Play one shot: from ``start_s``, pausing at ``end_s``."""
        if self.player is None:
            self.title.setText("install PySide6-Addons to play shots")
            return
        if self.current is not None and self.current.kind == "video":
            self.stack.setCurrentWidget(self.video)
        self.seek_s(start_s)
        self._stop_at = end_s
        self.player.play()
        self.play.setText("❚❚")

    def seek_s(self, t_s: float) -> None:
        if self.player is not None:
            self.player.setPosition(int(t_s * 1000))
