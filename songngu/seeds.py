"""Where ``songngu run`` finds its demonstration documents.

``--seeds DIR`` names the folder; without it, ``./seeds`` when the current folder has one,
else the seeds of the checkout songngu runs from. An installed wheel carries no seeds, so
outside a checkout the user is told to name the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align.errors import InputError

__all__ = ["CHECKOUT_SEEDS", "SeedSet", "find_seeds"]

#: The seeds folder of a source checkout (absent when songngu is installed from a wheel).
CHECKOUT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class SeedSet:
    source: str  # 003: the Vietnamese article
    target: str  # 000: its English version
    evidence: tuple[str, ...]  # 001, 002, 004: English-only documents

    def display(self) -> dict[str, str]:
        """Exports name the seeds "seeds/…", wherever the command runs from."""
        return {p: f"seeds/{Path(p).name}" for p in (self.source, self.target, *self.evidence)}


def _one(folder: Path, prefix: str) -> str:
    hits = sorted(folder.glob(f"{prefix}_*.txt"))
    if not hits:
        raise InputError(str(folder / f"{prefix}_*.txt"), "no such seed file (is --seeds the seeds/ folder?)")
    return str(hits[0])


def find_seeds(folder: str | None, cwd: Path | None = None) -> SeedSet:
    if folder:
        where = Path(folder)
    elif ((cwd or Path.cwd()) / "seeds").is_dir():
        where = (cwd or Path.cwd()) / "seeds"
    elif CHECKOUT_SEEDS.is_dir():
        where = CHECKOUT_SEEDS
    else:
        raise InputError("seeds", "no seed documents here; give their folder with --seeds DIR")
    if not where.is_dir():
        raise InputError(str(where), "no such folder (--seeds must name the folder holding the seed documents)")
    return SeedSet(
        source=_one(where, "003"),
        target=_one(where, "000"),
        evidence=tuple(_one(where, p) for p in ("001", "002", "004")),
    )
