#!/usr/bin/env python3
"""Fail when a function in the given packages runs over the house limit (60 lines).

Long functions hide the steps a reader needs to see; the limit counts every line from
the ``def`` to the last line of the body, docstring and comments included.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

LIMIT = 60


def long_functions(root: Path, limit: int = LIMIT) -> list[tuple[str, int, str, int]]:
    out = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                length = (node.end_lineno or node.lineno) - first + 1
                if length > limit:
                    out.append((str(path), node.lineno, node.name, length))
    return out


def main(argv: list[str]) -> int:
    found = [hit for folder in argv for hit in long_functions(Path(folder))]
    for path, line, name, length in found:
        print(f"{path}:{line}: {name} is {length} lines (limit {LIMIT})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["align", "glossary", "songngu"]))
