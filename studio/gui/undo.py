"""Engine commands on a ``QUndoStack``.

A command is done *before* it is pushed, so a refused edit (a bad link, a
duplicate id) raises to the caller and never reaches the stack.
"""

from __future__ import annotations

from nodes.commands import Command
from nodes.graph import Graph
from studio.gui.qt import QtGui


class EngineCommand(QtGui.QUndoCommand):
    def __init__(self, graph: Graph, command: Command) -> None:
        super().__init__(command.label)
        self.graph = graph
        self.command = command
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:  # already done by push()
            self._skip_first_redo = False
            return
        self.command.do(self.graph)

    def undo(self) -> None:
        self.command.undo(self.graph)


class GraphUndo:
    """Owns the QUndoStack for one graph; ``push`` does the command and records it."""

    def __init__(self, graph: Graph, stack: QtGui.QUndoStack) -> None:
        self.graph = graph
        self.stack = stack

    def push(self, command: Command) -> None:
        command.do(self.graph)  # raises (LinkRefused, CommandError) before touching the stack
        self.stack.push(EngineCommand(self.graph, command))
