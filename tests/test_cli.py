"""The command line end to end: report, outputs, exit codes, no partial output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from songngu.cli import main

from conftest import FIXTURES, ROOT

SMALL_VI = str(FIXTURES / "pairs/small_vi.txt")
SMALL_EN = str(FIXTURES / "pairs/small_en.txt")


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_align_report(capsys):
    code, out, _err = run(["align", SMALL_VI, SMALL_EN, "--no-color"], capsys)
    assert code == 0
    assert "#1  1-1  score" in out
    assert "·· vi only  (Ảnh: TTXVN)" in out
    assert "·· en only  Source: VNA" in out
    assert "coverage:" in out and "bead types:" in out and "time: embedding" in out


@pytest.mark.parametrize("ext", ["jsonl", "tsv", "tmx", "html"])
def test_align_output_formats(tmp_path, capsys, ext):
    out = tmp_path / f"a.{ext}"
    code, _, _ = run(["align", SMALL_VI, SMALL_EN, "-o", str(out), "-q"], capsys)
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert "Ito Naoki" in text
    if ext == "jsonl":
        beads = [json.loads(line) for line in text.splitlines()]
        assert any(b["source_ids"] and b["target_ids"] for b in beads)
        assert any(not b["target_ids"] for b in beads)  # unaligned sentences are beads too


def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "latin.txt").write_bytes("Lời nói đầu".encode() + b" \x81\x8d\x8f\x90 broken")
    (tmp_path / "longline.txt").write_text("chữ " * 300_000, encoding="utf-8")
    (tmp_path / "russian.txt").write_text("Москва — столица России. Это большой город.\n", encoding="utf-8")
    # a UTF-16 byte-order mark before bytes that are not UTF-16: two CJK characters after decoding
    (tmp_path / "mislabelled.txt").write_bytes(b"\xff\xfe\x00bad")
    return {
        "missing": (str(tmp_path / "missing.txt"), "no such file"),
        "directory": (str(tmp_path), "is a directory"),
        "empty": (str(tmp_path / "empty.txt"), "is empty"),
        "binary": (str(tmp_path / "binary.bin"), "binary"),
        "undecodable": (str(tmp_path / "latin.txt"), "not valid UTF-8"),
        "one huge line": (str(tmp_path / "longline.txt"), "no sentence end"),
        "swapped": (SMALL_EN, "swapped"),
        "another script": (str(tmp_path / "russian.txt"), "not in Latin script"),
        "false byte-order mark": (str(tmp_path / "mislabelled.txt"), "not in Latin script"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "binary",
        "undecodable",
        "one huge line",
        "swapped",
        "another script",
        "false byte-order mark",
    ],
)
def test_bad_source_is_one_line_and_exit_2(tmp_path, capsys, case):
    path, problem = bad_inputs(tmp_path)[case]
    out = tmp_path / "out.jsonl"
    target = SMALL_VI if case == "swapped" else SMALL_EN
    code, stdout, err = run(["align", path, target, "-o", str(out)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("songngu: error: ") and problem in err and path in err
    assert not out.exists()
    assert stdout == ""


def test_decomposed_unicode_is_accepted(tmp_path, capsys):
    import unicodedata

    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", Path(SMALL_VI).read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "a.jsonl"
    code, _, _ = run(["align", str(nfd), SMALL_EN, "-o", str(out), "-q"], capsys)
    assert code == 0
    ref = tmp_path / "ref.jsonl"
    run(["align", SMALL_VI, SMALL_EN, "-o", str(ref), "-q"], capsys)
    assert out.read_bytes() == ref.read_bytes()


def test_not_translations_warns(capsys, seed_vi, mono):
    code, _, err = run(["align", seed_vi, mono[2], "-q"], capsys)
    assert code == 0
    assert "warning: these files do not look like translations" in err


def test_unknown_output_extension(tmp_path, capsys):
    code, _, err = run(["align", SMALL_VI, SMALL_EN, "-o", str(tmp_path / "x.docx")], capsys)
    assert code == 2 and "unknown output format" in err


def test_failed_glossary_run_leaves_previous_exports_untouched(tmp_path, capsys):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "glossary.po").write_text("previous", encoding="utf-8")
    code, _, err = run(["glossary", SMALL_VI, SMALL_EN, "--mono", str(tmp_path / "nope.txt"), "-o", str(out)], capsys)
    assert code == 2 and "nope.txt" in err
    assert [p.name for p in out.iterdir()] == ["glossary.po"]
    assert (out / "glossary.po").read_text(encoding="utf-8") == "previous"


def test_console_script_runs_as_a_process(tmp_path):
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-m", "songngu", "align", "nope.txt", SMALL_EN],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 2
    assert proc.stderr == "songngu: error: nope.txt: no such file\n"
    assert "Traceback" not in proc.stderr


def test_python_m_align_prints_the_report():
    proc = subprocess.run([sys.executable, "-m", "align", SMALL_VI, SMALL_EN], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "Summary" in proc.stdout


def test_missing_sentence_transformers_is_a_user_error(capsys):
    try:
        import sentence_transformers  # noqa: F401

        pytest.skip("sentence-transformers is installed here")
    except ImportError:
        pass
    code, _, err = run(["align", SMALL_VI, SMALL_EN, "--model", "some/model"], capsys)
    assert code == 2 and "sentence-transformers" in err and err.count("\n") == 1


def test_the_review_threshold_moves_entries_between_proposed_and_check_only(tmp_path, capsys):
    """A user who wants more (or fewer) entries proposed sets the threshold; the entries stay."""
    lists = {}
    for name, extra in (("model", []), ("low", ["--review-threshold", "0"]), ("high", ["--review-threshold", "1"])):
        out = tmp_path / name
        code, _, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "--formats", "json", *extra], capsys)
        assert code == 0
        entries = json.loads((out / "glossary.json").read_text(encoding="utf-8"))["entries"]
        lists[name] = [(e["source"], e["target"], e["status"]) for e in entries]
        proposed = sum(e["status"] == "proposed" for e in entries)
        parts = [f"{n} {label}" for n, label in ((proposed, "proposed"), (len(entries) - proposed, "to check")) if n]
        assert f"{len(entries)} glossary entries ({', '.join(parts)}); wrote 1 file to " in err
    same = {name: [(s, t) for s, t, _ in rows] for name, rows in lists.items()}
    assert same["model"] == same["low"] == same["high"] and same["model"]
    assert {status for *_, status in lists["low"]} == {"proposed"}
    assert {status for *_, status in lists["high"]} == {"check"}


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan"])
def test_a_review_threshold_outside_0_1_is_one_line_and_exit_2(tmp_path, capsys, value):
    out = tmp_path / "exports"
    code, stdout, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "--review-threshold", value], capsys)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and err.startswith("songngu: error: --review-threshold: ")
    assert not out.exists()
