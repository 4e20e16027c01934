"""One provenance record per command, built once and written by every exporter.

Like sacrebleu's signature, ``signature()`` is one line a user can paste into a bug report:
it names the version, the languages, the models with a hash of their weights, the
aligner's and the miner's settings, and the inputs by content. Each exporter writes the
record in its own header form (PO header, TBX/TMX header, workbook properties and About
sheet, JSON metadata). The date comes only from ``SOURCE_DATE_EPOCH``: without it no date
is written and two runs give the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["InputFile", "Model", "Provenance", "file_sha256", "model_sha256", "run_date"]


@dataclass(frozen=True)
class InputFile:
    role: str  # "source", "target" or "evidence"
    name: str  # as shown in exports ("seeds/003_….txt" for the demonstration)
    sha256: str


@dataclass(frozen=True)
class Model:
    role: str  # "sentence encoder" or "word aligner"
    name: str
    sha256: str  # of the weights file; "" where the model is not a local file


@dataclass(frozen=True)
class Provenance:
    version: str
    source_lang: str
    target_lang: str
    inputs: tuple[InputFile, ...]
    models: tuple[Model, ...] = ()
    aligner_settings: str = ""
    miner_settings: str = ""
    date: datetime | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    def input(self, role: str) -> str:
        """The shown name of the first input of ``role`` ("" if none)."""
        return next((f.name for f in self.inputs if f.role == role), "")

    @property
    def source_path(self) -> str:
        return self.input("source")

    @property
    def target_path(self) -> str:
        return self.input("target")

    @property
    def evidence(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.inputs if f.role == "evidence")

    @property
    def model(self) -> str:
        """The sentence encoder's name (the model that decides the alignment)."""
        return next((m.name for m in self.models if m.role == "sentence encoder"), "")

    def signature(self) -> str:
        """One line: every setting that decides the output, and the inputs by content."""
        parts = [f"songngu:{self.version}", f"src:{self.source_lang}", f"tgt:{self.target_lang}"]
        parts += [
            f"model:{m.name}" + (f"@{m.sha256[:12]}" if m.sha256 else "")
            for m in self.models
            if m.role == "sentence encoder"
        ]
        parts += [s for s in (self.aligner_settings, self.miner_settings) if s]
        parts += [f"{f.role}:{f.sha256[:12]}" for f in self.inputs]
        return "|".join(parts)

    def iso_date(self) -> str:
        """'2023-11-14T22:13:20Z', or '' without SOURCE_DATE_EPOCH."""
        return self.date.strftime("%Y-%m-%dT%H:%M:%SZ") if self.date else ""

    def rows(self) -> list[tuple[str, str]]:
        """The record as labelled rows (About sheet, JSON metadata)."""
        rows = [("Tool", f"songngu {self.version}")]
        rows += [(f"{f.role.capitalize()} document", f"{f.name} (SHA-256 {f.sha256})") for f in self.inputs]
        rows += [("Languages", f"{self.source_lang} → {self.target_lang}")]
        rows += [(m.role.capitalize(), m.name + (f" (SHA-256 {m.sha256})" if m.sha256 else "")) for m in self.models]
        rows += [("Date", self.iso_date()), ("Signature", self.signature())]
        return rows


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run_date(environ: dict[str, str] | None = None) -> datetime | None:
    """The date from SOURCE_DATE_EPOCH (reproducible builds), else none."""
    epoch = (environ if environ is not None else os.environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError):
        from align.errors import SongnguError

        raise SongnguError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds since 1970") from None


@functools.lru_cache(maxsize=8)
def model_sha256(path: str | None) -> str:
    """Hash of a model's weights file, or "" for models not held in one local file."""
    if path and Path(path).is_file():
        return file_sha256(path)
    return ""
