"""`songngu run` end to end, and real readers on what it writes."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from songngu.cli import main

from conftest import ROOT, require_tool


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    assert main(["run", "--out", str(out), "-q"]) == 0
    return out


def test_run_writes_every_format_byte_identical_to_the_committed_exports(run_dir):
    from songngu.exports import REGISTRY

    names = sorted(e.filename for e in REGISTRY.values())
    assert sorted(p.name for p in run_dir.iterdir()) == names
    for name in names:
        assert (run_dir / name).read_bytes() == (ROOT / "exports" / name).read_bytes(), name


def glossary_pairs(run_dir):
    entries = json.loads((run_dir / "glossary.json").read_text(encoding="utf-8"))["entries"]
    return [(e["source"], e["target"]) for e in entries]


def test_json_fields(run_dir):
    entries = json.loads((run_dir / "glossary.json").read_text(encoding="utf-8"))["entries"]
    assert entries and all(
        {"source", "target", "kind", "score", "frequency", "examples", "mono_documents"} <= set(e) for e in entries
    )
    assert any(e["mono_documents"] for e in entries)


def test_msgfmt_and_translate_toolkit_read_the_po(run_dir, tmp_path):
    subprocess.run(
        [require_tool("msgfmt"), "-c", "-o", str(tmp_path / "g.mo"), str(run_dir / "glossary.po")],
        check=True,
        capture_output=True,
    )
    from translate.storage import po

    store = po.pofile.parsefile(str(run_dir / "glossary.po"))
    assert [(u.source, u.target) for u in store.units if not u.isheader()] == glossary_pairs(run_dir)


def test_xmllint_and_translate_toolkit_read_tbx_and_tmx(run_dir):
    xmllint = require_tool("xmllint")
    for name in ("glossary.tbx", "alignment.tmx"):
        subprocess.run([xmllint, "--noout", str(run_dir / name)], check=True, capture_output=True)
    from translate.storage import tbx, tmx

    store = tbx.tbxfile.parsefile(str(run_dir / "glossary.tbx"))
    assert [(u.source, u.target) for u in store.units] == glossary_pairs(run_dir)
    memory = tmx.tmxfile.parsefile(str(run_dir / "alignment.tmx"))
    rows = [json.loads(line) for line in (run_dir / "alignment.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(u.source, u.target) for u in memory.units] == [
        (r["source"], r["target"]) for r in rows if r["source"] and r["target"]
    ]


def test_libreoffice_opens_the_workbook(run_dir, tmp_path):
    office = require_tool("libreoffice")
    subprocess.run(
        [
            office,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(run_dir / "glossary.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    rows = list(csv.reader((tmp_path / "glossary.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0][:2] == ["vi-VN", "en-US"]
    assert [tuple(r[:2]) for r in rows[1:]] == glossary_pairs(run_dir)
