"""Writing results: all-or-nothing, and every operating-system error as one user error.

Exporters render bytes in memory; only this module touches the output paths. A set of
files (``songngu glossary -o DIR``) is written into a fresh folder beside ``DIR`` and then
moved in, so a full disk, a permission problem or an interrupt leaves either the previous
files or the complete new set — never half of them and never an empty folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from align.errors import SongnguError

__all__ = ["OutputError", "write_file", "write_files"]

_FILE_MODE = 0o644
_DIR_MODE = 0o755


class OutputError(SongnguError):
    """An output path cannot be written: names the path and the operating system's cause."""

    def __init__(self, path: str | os.PathLike[str], cause: str) -> None:
        super().__init__(f"{os.fspath(path)}: cannot write: {cause}")
        self.path = os.fspath(path)


def _cause(err: OSError) -> str:
    return err.strerror or err.__class__.__name__


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder``'s missing ancestors; returns those created, deepest first."""
    missing = []
    for parent in [folder, *folder.parents]:
        if parent.exists():
            break
        missing.append(parent)
    for path in reversed(missing):
        path.mkdir()
        path.chmod(_DIR_MODE)
    return missing


def _remove_created(created: list[Path]) -> None:
    for path in created:
        shutil.rmtree(path, ignore_errors=True)


def _subfolders(base: Path, name: str) -> None:
    """Create the folders of a nested name ("documents/a.jsonl") under ``base``."""
    folder = base
    for part in Path(name).parts[:-1]:
        folder = folder / part
        if not folder.is_dir():
            folder.mkdir()
            folder.chmod(_DIR_MODE)


def _check_names(files: dict[str, bytes]) -> None:
    for name in files:
        parts = Path(name).parts
        if not parts or Path(name).is_absolute() or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"not a file name inside the output folder: {name!r}")


def write_files(out_dir: str | os.PathLike[str], files: dict[str, bytes]) -> None:
    """Write ``files`` (name → bytes; a name may hold folders, "documents/a.jsonl") into
    ``out_dir`` all-or-nothing; other files in an existing folder are left alone."""
    _check_names(files)
    target = Path(out_dir).absolute()
    if target.exists() and not target.is_dir():
        raise OutputError(target, "exists and is not a folder")
    created: list[Path] = []
    staging: Path | None = None
    failed_at: Path = target
    try:
        created = _make_parents(target.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.songngu-", dir=target.parent))
        staging.chmod(_DIR_MODE)
        for name in sorted(files):
            failed_at = target / name
            path = staging / name
            _subfolders(staging, name)
            path.write_bytes(files[name])
            path.chmod(_FILE_MODE)
        failed_at = target
        if not target.exists():
            staging.rename(target)
            staging = None
        else:
            for name in sorted(files):
                failed_at = target / name
                _subfolders(target, name)
                os.replace(staging / name, target / name)
    except OSError as err:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
            staging = None
        _remove_created(created)
        raise OutputError(failed_at, _cause(err)) from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write one file atomically: a temporary file beside it, renamed over it."""
    target = Path(path).absolute()
    if target.is_dir():
        raise OutputError(target, "is a folder; give a file name such as pairs.tmx")
    created: list[Path] = []
    tmp: str | None = None
    try:
        created = _make_parents(target.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.songngu-", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        _remove_created(created)
        raise OutputError(target, _cause(err)) from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
