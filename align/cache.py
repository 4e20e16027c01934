"""One content-keyed disk cache for the expensive model work (embeddings, word links).

Both libraries need it, so it lives in the lowest layer; the application decides where the
folder is (``songngu cache`` shows and empties it). Values are bytes under a key that is a
hash of everything that determines them (model name, exact text), so a hit is always right
and nothing ever needs invalidating.

SQLite in WAL mode lets several processes read while one writes (corpus mode runs several
workers); writes are short transactions retried by SQLite's busy timeout, and a refusal
SQLite gives at once ("database is locked") is tried again a few times. A corrupted file is
rebuilt once; a cache that cannot be opened — unwritable folder, or still locked by another
worker — is left alone and the work runs uncached: a cache must never stop a job, change its
result or lose another worker's writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CacheInfo", "ContentCache", "cache_dir", "cache_info", "clear_cache", "content_key"]

_CHUNK = 500  # SQLite's default limit on bound parameters is well above this
_SUFFIX = ".sqlite3"
_BUSY_SECONDS = 60.0  # how long a writer waits for another worker's lock
_BUSY_RETRIES = 6  # how often a refusal that came at once is tried again (after 0.02 s, doubling)


def _try_again(error: sqlite3.OperationalError, started: float) -> bool:
    """Was this a refusal worth repeating: another connection holds the file (not a folder
    that cannot be written), and SQLite refused at once instead of waiting out its busy
    timeout? (After a whole timeout the other worker really holds it: run uncached.)"""
    text = str(error).lower()
    held = "locked" in text or "busy" in text
    return held and time.monotonic() - started < _BUSY_SECONDS / 2


def _pause(attempt: int) -> None:
    time.sleep(0.02 * 2**attempt)


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def cache_dir() -> Path:
    """songngu's cache folder: $SONGNGU_CACHE, else $XDG_CACHE_HOME/songngu, else ~/.cache/songngu."""
    env = os.environ.get("SONGNGU_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "songngu"


def content_key(*parts: str) -> bytes:
    """SHA-256 of the parts, separated so that ("ab", "c") and ("a", "bc") differ."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).digest()


class ContentCache:
    """A key → bytes store in ``folder/NAME.sqlite3``; ``None`` folder means no cache."""

    def __init__(self, folder: Path | None, name: str) -> None:
        self.path = folder / f"{name}{_SUFFIX}" if folder is not None else None

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        discarded = False
        for attempt in range(_BUSY_RETRIES):
            conn, started = None, time.monotonic()
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), timeout=_BUSY_SECONDS)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("CREATE TABLE IF NOT EXISTS kv (k BLOB PRIMARY KEY, v BLOB NOT NULL)")
                conn.execute("SELECT count(*) FROM kv WHERE k = x'00'").fetchone()
                return conn
            except sqlite3.OperationalError as error:
                # busy or locked: another worker holds it, not damage (it is a DatabaseError
                # too, and was once taken for damage: the file was deleted under the worker,
                # with its writes) — wait and try again; unwritable: run uncached
                _close(conn)
                if not _try_again(error, started):
                    return None
                _pause(attempt)
            except sqlite3.DatabaseError:
                _close(conn)
                if discarded:
                    return None
                self._discard()  # a damaged file ("file is not a database"): start it again
                discarded = True
            except (OSError, sqlite3.Error):
                _close(conn)
                return None
        return None

    def _discard(self) -> None:
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{suffix}")

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The stored values of those keys that are present."""
        conn = self._connect()
        if conn is None or not keys:
            return {}
        found: dict[bytes, bytes] = {}
        try:
            unique = sorted(set(keys))
            for i in range(0, len(unique), _CHUNK):
                chunk = unique[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for k, v in conn.execute(f"SELECT k, v FROM kv WHERE k IN ({marks})", chunk):
                    found[bytes(k)] = bytes(v)
        except sqlite3.Error:
            return {}
        finally:
            conn.close()
        return found

    def put_many(self, items: Iterable[tuple[bytes, bytes]]) -> None:
        """Store values; failures are ignored (the work is simply done again next time)."""
        rows = list(items)
        if not rows:
            return
        conn = self._connect()
        if conn is None:
            return
        try:
            for attempt in range(_BUSY_RETRIES):
                started = time.monotonic()
                try:
                    with conn:
                        conn.executemany("INSERT OR REPLACE INTO kv VALUES (?, ?)", rows)
                    return
                except sqlite3.OperationalError as error:
                    if not _try_again(error, started):
                        return
                    _pause(attempt)  # another worker's write: SQLite can refuse at once, not wait
        except sqlite3.Error:
            pass
        finally:
            conn.close()


@dataclass(frozen=True)
class CacheInfo:
    folder: Path
    files: tuple[tuple[str, int], ...]  # (relative path, bytes)

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)


def cache_info(folder: Path) -> CacheInfo:
    """What the cache folder holds (stores and prepared models), file by file."""
    files = []
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            files.append((str(path.relative_to(folder)), path.stat().st_size))
    return CacheInfo(folder=folder, files=tuple(files))


#: What songngu keeps in its folder: the stores and the prepared models.
_OWN = ("*.sqlite3", "*.sqlite3-wal", "*.sqlite3-shm", "models")


def clear_cache(folder: Path) -> int:
    """Empty the cache; returns the bytes freed. Only songngu's own files go, so a
    mistaken ``SONGNGU_CACHE=$HOME`` cannot delete anything else."""
    import shutil

    freed = 0
    if not folder.is_dir():
        return 0
    for pattern in _OWN:
        for path in sorted(folder.glob(pattern)):
            if path.is_dir() and not path.is_symlink():
                freed += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
                shutil.rmtree(path)
            elif path.is_file():
                freed += path.stat().st_size
                path.unlink()
    return freed
