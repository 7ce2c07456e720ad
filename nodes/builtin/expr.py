"""A small, safe expression language for routing conditions.

Conditions such as ``words(prompt) > 12``, ``section == "chorus"`` or
``budget_remaining < 0.5 and not contains(lower(prompt), "crowd")`` are
tokenised and parsed by hand (recursive descent) into a tiny tree, then
evaluated against a dict of names. Nothing is ever passed to ``eval``: the
grammar below is everything the language can do.

::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | cmp
    cmp     := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
    sum     := product (("+"|"-") product)*
    product := unary (("*"|"/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER | STRING | "true" | "false" | NAME | NAME "(" args? ")" | "(" expr ")"

Functions: ``len``, ``words``, ``lower``, ``upper``, ``contains``, ``min``, ``max``, ``abs``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MAX_LENGTH = 500  # characters; a condition is a line, not a program


class ExprError(ValueError):
    """A condition that does not parse or cannot be evaluated; says where and why."""


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # num, str, name, op, end
    text: str
    pos: int


@dataclass(frozen=True, slots=True)
class Node:
    """One tree node: ``op`` is lit, name, call, not, neg, and, or, or a binary operator."""

    op: str
    args: tuple[Any, ...]


def _words(text: Any) -> int:
    return len(str(text).split())


def _len(value: Any) -> int:
    if isinstance(value, (str, list, tuple, dict)):
        return len(value)
    raise ExprError(f"len() needs text or a list, got {_type_name(value)}")


def _contains(haystack: Any, needle: Any) -> bool:
    if isinstance(haystack, str):
        return str(needle) in haystack
    if isinstance(haystack, (list, tuple)):
        return needle in haystack
    raise ExprError(f"contains() needs text or a list first, got {_type_name(haystack)}")


FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {  # name: (arity, fn)
    "len": (1, _len), "words": (1, _words), "lower": (1, lambda s: str(s).lower()),
    "upper": (1, lambda s: str(s).upper()), "contains": (2, _contains),
    "min": (2, min), "max": (2, max), "abs": (1, abs),
}
_KEYWORDS = {"and", "or", "not", "true", "false"}
_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|[<>+\-*/(),])
""", re.VERBOSE)
_COMPARE = {"==", "!=", "<", "<=", ">", ">="}


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExprError(f"condition is {len(text)} characters; the limit is {MAX_LENGTH}")
    tokens, pos = [], 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            raise ExprError(f"unexpected character {text[pos]!r} at position {pos + 1}; "
                            "allowed: names, numbers, \"text\", comparisons, and/or/not, "
                            "+ - * / and function calls")
        kind = m.lastgroup or ""
        if kind != "ws":
            tokens.append(Token(kind, m.group(), pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _unquote(raw: str) -> str:
    body, out, i = raw[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append({"n": "\n", "t": "\t"}.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def _fail(self, what: str) -> ExprError:
        found = f"{self.tok.text!r}" if self.tok.kind != "end" else "the end"
        return ExprError(f"expected {what} at position {self.tok.pos + 1}, found {found}")

    def _take(self, text: str) -> bool:
        if self.tok.text == text and self.tok.kind in ("op", "name"):
            self.i += 1
            return True
        return False

    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise ExprError("the condition is empty")
        node = self._or()
        if self.tok.kind != "end":
            raise self._fail("an operator or the end of the condition")
        return node

    def _or(self) -> Node:
        node = self._and()
        while self._take("or"):
            node = Node("or", (node, self._and()))
        return node

    def _and(self) -> Node:
        node = self._not()
        while self._take("and"):
            node = Node("and", (node, self._not()))
        return node

    def _not(self) -> Node:
        if self._take("not"):
            return Node("not", (self._not(),))
        return self._cmp()

    def _cmp(self) -> Node:
        node = self._sum()
        if self.tok.kind == "op" and self.tok.text in _COMPARE:
            op = self.tok.text
            self.i += 1
            node = Node(op, (node, self._sum()))
            if self.tok.kind == "op" and self.tok.text in _COMPARE:
                raise ExprError(f"chained comparison at position {self.tok.pos + 1}; "
                                "join comparisons with 'and'")
        return node

    def _sum(self) -> Node:
        node = self._product()
        while self.tok.kind == "op" and self.tok.text in ("+", "-"):
            op = self.tok.text
            self.i += 1
            node = Node(op, (node, self._product()))
        return node

    def _product(self) -> Node:
        node = self._unary()
        while self.tok.kind == "op" and self.tok.text in ("*", "/"):
            op = self.tok.text
            self.i += 1
            node = Node(op, (node, self._unary()))
        return node

    def _unary(self) -> Node:
        if self._take("-"):
            return Node("neg", (self._unary(),))
        return self._atom()

    def _atom(self) -> Node:
        tok = self.tok
        if tok.kind == "num":
            self.i += 1
            return Node("lit", (float(tok.text) if any(c in tok.text for c in ".eE")
                                else int(tok.text),))
        if tok.kind == "str":
            self.i += 1
            return Node("lit", (_unquote(tok.text),))
        if self._take("("):
            node = self._or()
            if not self._take(")"):
                raise self._fail("')'")
            return node
        if tok.kind == "name" and tok.text in ("true", "false"):
            self.i += 1
            return Node("lit", (tok.text == "true",))
        if tok.kind == "name" and tok.text not in _KEYWORDS:
            self.i += 1
            if self._take("("):
                return self._call(tok)
            return Node("name", (tok.text,))
        raise self._fail("a value, a name or '('")

    def _call(self, name: Token) -> Node:
        if name.text not in FUNCTIONS:
            raise ExprError(f"unknown function '{name.text}' at position {name.pos + 1} "
                            f"(known: {', '.join(sorted(FUNCTIONS))})")
        args: list[Node] = []
        if not self._take(")"):
            args.append(self._or())
            while self._take(","):
                args.append(self._or())
            if not self._take(")"):
                raise self._fail("',' or ')'")
        arity = FUNCTIONS[name.text][0]
        if len(args) != arity:
            raise ExprError(f"{name.text}() takes {arity} argument(s), got {len(args)} "
                            f"(position {name.pos + 1})")
        return Node("call", (name.text, *args))


@dataclass(frozen=True, slots=True)
class Expr:
    """A parsed condition: ``Expr.parse(text).evaluate(names)``."""

    text: str
    root: Node

    @classmethod
    def parse(cls, text: str) -> Expr:
        if not isinstance(text, str):
            raise ExprError(f"a condition must be text, got {_type_name(text)}")
        return cls(text, _Parser(text).parse())

    def names(self) -> set[str]:
        """Every variable name the condition reads (to check them at load time)."""
        found: set[str] = set()
        _collect(self.root, found)
        return found

    def evaluate(self, names: Mapping[str, Any]) -> Any:
        return _eval(self.root, names)


def _collect(node: Node, found: set[str]) -> None:
    if node.op == "name":
        found.add(node.args[0])
        return
    for arg in node.args:
        if isinstance(arg, Node):
            _collect(arg, found)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, (list, tuple)) else type(value).__name__


def _number(value: Any, op: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExprError(f"'{op}' needs numbers, got {_type_name(value)} ({value!r})")
    return value


def _binary(op: str, a: Any, b: Any) -> Any:
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op in ("<", "<=", ">", ">="):
        if isinstance(a, str) and isinstance(b, str):
            pass
        else:
            a, b = _number(a, op), _number(b, op)
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    x, y = _number(a, op), _number(b, op)
    if op == "/":
        if y == 0:
            raise ExprError("division by zero")
        return x / y
    return {"+": x + y, "-": x - y, "*": x * y}[op]


def _eval(node: Node, names: Mapping[str, Any]) -> Any:
    op, args = node.op, node.args
    if op == "lit":
        return args[0]
    if op == "name":
        if args[0] not in names:
            raise ExprError(f"unknown name '{args[0]}' (known: {', '.join(sorted(names))})")
        return names[args[0]]
    if op == "and":
        return _truth(_eval(args[0], names)) and _truth(_eval(args[1], names))
    if op == "or":
        return _truth(_eval(args[0], names)) or _truth(_eval(args[1], names))
    if op == "not":
        return not _truth(_eval(args[0], names))
    if op == "neg":
        return -_number(_eval(args[0], names), "-")
    if op == "call":
        fn = FUNCTIONS[args[0]][1]
        try:
            return fn(*(_eval(a, names) for a in args[1:]))
        except TypeError as exc:
            raise ExprError(f"{args[0]}(): {exc}") from None
    return _binary(op, _eval(args[0], names), _eval(args[1], names))


def _truth(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        return bool(value)
    raise ExprError(f"expected true/false, got {_type_name(value)}")


def check(text: Any, *, known: set[str] | None = None) -> str | None:
    """Why ``text`` is not a valid condition (syntax, unknown names), or None."""
    try:
        expr = Expr.parse(text)
    except ExprError as exc:
        return str(exc)
    if known is not None:
        unknown = sorted(expr.names() - known)
        if unknown:
            return (f"unknown name(s) {', '.join(unknown)}; "
                    f"known: {', '.join(sorted(known))}")
    return None
