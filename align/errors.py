"""Typed errors raised by the library; the CLI turns them into one line and exit 2.

Library code never prints or exits: it raises one of these, naming the file and the
problem in words a translator understands, and ``songngu.cli`` reports it.
"""

from __future__ import annotations

__all__ = ["InputError", "SongnguError"]


class SongnguError(Exception):
    """Base of every error songngu raises on purpose."""


class InputError(SongnguError):
    """An input file cannot be used: missing, empty, binary, badly encoded, wrong language…"""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
