"""Errors of the node engine.

::

    NodeEngineError
    ├── GraphFileError          the file cannot be read or parsed (exit 2)
    ├── GraphInvalid            validation found problems (exit 2); carries them
    ├── LinkRefused             an edit command refused a link; carries the reason
    ├── CommandError            an edit command does not apply to this graph
    ├── NodeFailed              a node raised while running (exit 1); names the node
    │   └── BadNodeInput        a node got unusable input at run time (exit 2)
    ├── BudgetExceeded          a paid job would exceed the budget (exit 3)
    ├── GateStopped             a gate stopped the run, e.g. waiting for review (exit 3)
    └── RunCancelled            the run was cancelled (exit 130)

Messages say what failed, on which node and parameter, and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass


class NodeEngineError(Exception):
    """Base of every error the engine raises on purpose."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem, naming the node and parameter (or port) it is about."""

    message: str
    node_id: str | None = None
    param: str | None = None
    code: str = "invalid"
    port: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.node_id is not None:
            where = f"node '{self.node_id}'"
            if self.param is not None:
                where += f", param '{self.param}'"
            if self.port is not None:
                where += f", port '{self.port}'"
            where += ": "
        return f"{where}{self.message}"


class GraphFileError(NodeEngineError):
    exit_code = 2

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class GraphInvalid(NodeEngineError):
    exit_code = 2

    def __init__(self, path: str, problems: list[Problem]) -> None:
        lines = "\n".join(f"{path}: {p}" for p in problems)
        super().__init__(lines)
        self.path = path
        self.problems = problems


class LinkRefused(NodeEngineError):
    exit_code = 2

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CommandError(NodeEngineError):
    exit_code = 2


class NodeFailed(NodeEngineError):
    exit_code = 1

    def __init__(self, node_id: str, message: str, *, param: str | None = None) -> None:
        where = f"node '{node_id}'" + (f", param '{param}'" if param else "")
        super().__init__(f"{where}: {message}")
        self.node_id = node_id
        self.param = param
        self.detail = message


class BadNodeInput(NodeFailed):
    exit_code = 2


class BudgetExceeded(NodeEngineError):
    exit_code = 3


class GateStopped(NodeEngineError):
    exit_code = 3


class RunCancelled(NodeEngineError):
    exit_code = 130
