"""Shared fixtures: paths to the seeds and hand-made pairs, a cached seed alignment, and
an isolated songngu cache per session (prepared models and embeddings live there)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"


def seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


@pytest.fixture(scope="session")
def seed_vi() -> str:
    return seed("003")


@pytest.fixture(scope="session")
def seed_en() -> str:
    return seed("000")


@pytest.fixture(scope="session")
def mono() -> list[str]:
    return [seed("001"), seed("002"), seed("004")]


@pytest.fixture(scope="session")
def encoder():
    from align.encoder import load_encoder

    return load_encoder()


@pytest.fixture(scope="session")
def seed_alignment(seed_vi, seed_en, encoder):
    from align.aligner import align_documents
    from align.document import load_document

    return align_documents(load_document(seed_vi, "vi"), load_document(seed_en, "en"), encoder)


@pytest.fixture(scope="session")
def seed_glossary(seed_alignment, mono):
    from align.document import load_document
    from glossary.mining import mine_glossary

    return mine_glossary(seed_alignment, mono_texts={p: load_document(p, "en").text for p in mono})


def require_tool(name: str) -> str | None:
    """Path of an external reader; missing is a failure in CI (where .ci/run installs it)
    and a skip elsewhere."""
    import shutil

    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (.ci/run should install it)")
        pytest.skip(f"{name} not installed")
    return path
