"""Extension points other parts use to join the application journey without this app
importing them (payments asks for the fee before submission, for example).

* a *submission gate* may send the resident somewhere before their application is submitted
  (it returns a URL, or None to let submission go ahead);
* a *detail action* adds a link to the resident's application page (label, URL);
* a *submit notice* tells the resident, on the check page, what happens when they send
  (it returns a (notice, button label) pair, or None).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Gate = Callable[[Any, Any], str | None]
Action = Callable[[Any], list[tuple[str, str]]]

_gates: list[Gate] = []
_actions: list[Action] = []
Notice = Callable[[Any], tuple[str, str] | None]
_notices: list[Notice] = []


def submit_notice(func: Notice) -> Notice:
    if func not in _notices:
        _notices.append(func)
    return func


def notice_for(application: Any) -> tuple[str, str] | None:
    for notice in _notices:
        found = notice(application)
        if found:
            return found
    return None


def submission_gate(func: Gate) -> Gate:
    if func not in _gates:
        _gates.append(func)
    return func


def detail_action(func: Action) -> Action:
    if func not in _actions:
        _actions.append(func)
    return func


def gate_url(application: Any, request: Any) -> str | None:
    for gate in _gates:
        url = gate(application, request)
        if url:
            return url
    return None


def actions_for(application: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for action in _actions:
        found.extend(action(application))
    return found


Panel = Callable[[Any, Any], dict[str, Any] | None]
_panels: list[Panel] = []


def case_panel(func: Panel) -> Panel:
    """A section of the staff case page: returns {"template": ..., **context} or None."""
    if func not in _panels:
        _panels.append(func)
    return func


def panels_for(application: Any, viewer: Any) -> list[dict[str, Any]]:
    return [panel for func in _panels if (panel := func(application, viewer))]
