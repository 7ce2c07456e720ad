"""The routing expression language: what it accepts, computes and refuses."""

from __future__ import annotations

import math

import pytest

from nodes.builtin.expr import Expr, ExprError, check


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("words(prompt) > 3", {"prompt": "a b c d"}, True),
    ("words(prompt) > 12", {"prompt": "short one"}, False),
    ('section == "chorus"', {"section": "chorus"}, True),
    ("section != 'chorus'", {"section": "verse"}, True),
    ("budget_remaining < 0.5", {"budget_remaining": 0.25}, True),
    ("budget_remaining < 0.5", {"budget_remaining": math.inf}, False),
    ("1 + 2 * 3 == 7", {}, True),
    ("(1 + 2) * 3", {}, 9),
    ("-value / 2", {"value": 3}, -1.5),
    ("not a and b or c", {"a": True, "b": True, "c": False}, False),
    ('contains(lower(prompt), "crowd")', {"prompt": "A huge CROWD"}, True),
    ("len(prompt) >= 5", {"prompt": "hello"}, True),
    ("max(value, 2) + min(1, value) + abs(-1)", {"value": 5}, 7),
    ('"ab" + "c" == "abc"', {}, True),
    ("true and not false", {}, True),
    ("1.5e1 == 15", {}, True),
    ("contains(labels, 'drop')", {"labels": ["intro", "drop"]}, True),
])
def test_evaluates(text: str, names: dict, expected: object) -> None:
    assert Expr.parse(text).evaluate(names) == expected


@pytest.mark.parametrize(("text", "fragment"), [
    ("__import__('os').system('x')", "unexpected character '.'"),
    ("open('f')", "unknown function 'open'"),
    ("prompt.upper()", "unexpected character '.'"),
    ("a[0]", "unexpected character '['"),
    ("lambda: 1", "unexpected character ':'"),
    ("1 +", "expected a value"),
    ("(1 + 2", "expected ')'"),
    ("a == b == c", "chained comparison"),
    ("words(a, b)", "takes 1 argument"),
    ("a = 1", "unexpected character '='"),
    ("", "empty"),
    ("1 2", "expected an operator or the end"),
    ("x" * 600, "limit is 500"),
    ("'unterminated", "unexpected character"),
    ("a ** 2", "expected a value"),
])
def test_rejects_outside_grammar(text: str, fragment: str) -> None:
    with pytest.raises(ExprError) as info:
        Expr.parse(text)
    assert fragment in str(info.value)
    assert check(text) == str(info.value)


def test_runtime_errors_are_clear() -> None:
    with pytest.raises(ExprError, match="needs numbers, got text"):
        Expr.parse("prompt > 3").evaluate({"prompt": "x"})
    with pytest.raises(ExprError, match="unknown name 'nope'"):
        Expr.parse("nope > 3").evaluate({"prompt": "x"})
    with pytest.raises(ExprError, match="division by zero"):
        Expr.parse("1 / 0").evaluate({})


def test_names_and_check_with_known_names() -> None:
    expr = Expr.parse('words(prompt) > 3 and section == "x"')
    assert expr.names() == {"prompt", "section"}
    assert check("foo > 1", known={"prompt"}) == "unknown name(s) foo; known: prompt"
    assert check("words(prompt) > 1", known={"prompt"}) is None
