"""The development documents' bookkeeping: the splits that keep figures honest (a document
fitted or decided on must never count as unseen) and the gold lists they are scored by.
These read only the project's own files, not the corpus in ../shared."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from glossary.evaluate import gold_pairs, gold_source_key, read_gold_terms  # noqa: E402

import devdocs  # noqa: E402
import glossary_dev  # noqa: E402

#: the corpus's own dev1–dev4 start at these lines
_CORPUS_DOCUMENTS = (1001, 3501, 6001, 8501)
_KINDS = {"name", "organization", "title", "event", "concept", "idiom"}


def test_no_two_documents_share_a_corpus_line():
    windows = sorted([*devdocs.DOCUMENTS.values(), *_CORPUS_DOCUMENTS])
    for before, after in itertools.pairwise(windows):
        assert after - before >= devdocs.SENTENCES, (before, after)


def test_documents_beside_each_other_in_the_corpus_are_known_to_each_other():
    starts = {**devdocs.SHARED_DOCUMENTS, **devdocs.DOCUMENTS}
    assert set(devdocs.SHARED_DOCUMENTS.values()) == set(_CORPUS_DOCUMENTS)
    assert "dev66" in devdocs.beside("dev27")  # lines 1–45 and 46–90: one article can span both
    assert "dev27" in devdocs.beside("dev66")
    for name, first in starts.items():
        near = devdocs.beside(name)
        assert name not in near
        for other in near:
            assert name in devdocs.beside(other)
            assert abs(starts[other] - first) < devdocs.SENTENCES + devdocs.APART
        far = [o for o, s in starts.items() if o != name and o not in near]
        assert all(abs(starts[o] - first) >= devdocs.SENTENCES + devdocs.APART for o in far)
    assert devdocs.beside("seed") == []


def test_a_document_is_measured_without_its_gold_list_only_where_the_bank_holds_it():
    from glossary.termbank import build_bank

    gold = ROOT / "benchmarks" / "gold"
    every = [
        glossary_dev.DevDocument(name, Path(), Path(), gold / f"{name}.tsv", "report")
        for name in ("dev27", "dev66", "dev7")
    ]  # dev27 and dev66 are neighbours in the corpus; dev7 is neither's
    terms = gold_pairs(str(gold / "dev66.tsv"))
    bank = build_bank([(terms, [])], ["dev66"])
    assert glossary_dev._settings(every[2], every, bank) is None  # not in the bank, no neighbour in it
    beside = glossary_dev._settings(every[0], every, bank).termbank  # its neighbour's list forgotten
    key = gold_source_key(terms[0][0])
    assert beside.listed_seen(key) == (0, 0) and bank.listed_seen(key) == (1, 1)
    own = glossary_dev._settings(every[1], every, bank).termbank
    assert own.left_out is not None and own.listed_seen(key) == (0, 0)


def test_report_only_and_validation_documents_are_apart_and_known():
    report, validate = set(glossary_dev.REPORT_ONLY), set(glossary_dev.VALIDATE)
    assert not report & validate
    assert report | validate <= set(devdocs.DOCUMENTS)


def test_the_split_of_each_document_follows_the_lists(tmp_path, monkeypatch):
    monkeypatch.setattr(devdocs, "build", lambda name, out, corpus=None: None)  # no corpus needed
    splits = {d.name: d.split for d in glossary_dev.documents(tmp_path)}
    assert {n for n, s in splits.items() if s == "validate"} == set(glossary_dev.VALIDATE)
    assert {n for n, s in splits.items() if s == "report"} == set(glossary_dev.REPORT_ONLY) | {"seed", "seed-b"}
    # the scorer is fitted on the "tune" split alone (benchmarks/train_scorer.py)
    assert "dev1" in splits and splits["dev1"] == "tune"


def test_a_second_gold_list_is_shown_but_not_pooled_twice():
    rows = [
        {"document": name, "gold": 10, "pairs": 5, "entries": 12, "unflagged": 2, "per_pair": 2.4, "recall": 0.5,
         "recall_unflagged": 0.1, "found": 5, "found_unflagged": 1, "conflicts": 1, "unflagged_on_gold": 1.0,
         "seconds": 1.0}
        for name in ("seed", "seed-b")
    ]  # fmt: skip
    text = glossary_dev.table(rows)
    assert "| seed-b |" in text and text.splitlines()[-1].startswith("| pooled | 10 | 5 | 12 |")


def test_the_seed_pair_s_gold_lists_read_cleanly_and_stay_out_of_the_bank():
    for name in ("seed_gold_terms.tsv", "seed_gold_terms_b.tsv"):
        terms = read_gold_terms(str(ROOT / "tests" / "fixtures" / name))
        assert len(terms) > 50 and all(t.source.strip() and t.targets for t in terms)
        assert {t.kind for t in terms} <= _KINDS | {"organisation"}  # session 1's list spells it so
    assert "seed" not in glossary_dev.SECOND_LISTS and "seed-b" in glossary_dev.SECOND_LISTS


@pytest.mark.parametrize("path", sorted((ROOT / "benchmarks" / "gold").glob("*.tsv")), ids=lambda p: p.stem)
def test_each_gold_list_belongs_to_a_document_and_reads_cleanly(path):
    assert path.stem in devdocs.DOCUMENTS
    terms = read_gold_terms(str(path))
    assert terms, path
    for term in terms:
        assert term.source.strip() and term.targets, term
        assert term.kind in _KINDS, term


def test_the_committed_bank_holds_the_documents_its_builder_names_and_no_held_out_one():
    import build_termbank

    from glossary.termbank import load_termbank

    held = set(load_termbank().documents)
    assert set(build_termbank.BANKED_ORIGIN) <= held  # vn1–vn18 (session 54)
    assert not held & set(build_termbank.FRESH)  # dev108–dev121 meet it as new articles
    assert not held & {"seed", "seed-b"}
    later = set(glossary_dev.ORIGIN) - set(build_termbank.BANKED_ORIGIN)
    assert later and not held & later  # vn19 and on: the held-out test of the bank
