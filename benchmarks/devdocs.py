#!/usr/bin/env python3
"""Build the development document pairs dev5–dev107 from ../shared/dev/alt-wikinews/.

The corpus is not copied into the project; its documents are rebuilt from line ranges the
same way as the corpus's own dev1–dev4 (45 consecutive sentence pairs, three sentences a
paragraph). Their hand-made gold term lists are in ``benchmarks/gold/`` (docs/gold.md).

    python benchmarks/devdocs.py OUT_DIR      # writes devN.vi.txt / devN.en.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "dev" / "alt-wikinews"
#: name → first line (1-based) of its 45 sentence pairs; dev1–dev4 are the corpus's own
#: (1,001, 3,501, 6,001, 8,501), none of these overlap them or each other.
DOCUMENTS = {
    "dev5": 2001, "dev6": 4001, "dev7": 5501, "dev8": 7001, "dev9": 9001, "dev10": 9501,
    "dev11": 501, "dev12": 1501, "dev13": 2501, "dev14": 4501, "dev15": 6501, "dev16": 7501,
    "dev17": 3001, "dev18": 8001,
    "dev19": 751, "dev20": 2251, "dev21": 4251, "dev22": 5751, "dev23": 7251, "dev24": 8751,
    "dev25": 3751, "dev26": 9751,
    "dev27": 1, "dev28": 1251, "dev29": 2751, "dev30": 4751, "dev31": 5251, "dev32": 6751,
    "dev33": 7751, "dev34": 9251,
    "dev35": 251, "dev36": 5001, "dev37": 8251,
    "dev38": 3251, "dev39": 6251,
    "dev40": 1751, "dev41": 8626,
    "dev42": 126, "dev43": 1126, "dev44": 2126, "dev45": 3126, "dev46": 4126, "dev47": 5126,
    "dev48": 6126, "dev49": 7126,
    "dev50": 376, "dev51": 8376,
    "dev52": 626, "dev53": 1376, "dev54": 2376, "dev55": 2876,
    "dev56": 3376, "dev57": 6376, "dev58": 9376, "dev59": 4376,
    "dev60": 876, "dev61": 1876, "dev62": 3876, "dev63": 5376, "dev64": 7376, "dev65": 8876,
    "dev66": 46, "dev67": 1061, "dev68": 4051, "dev69": 7051,
    "dev70": 1601, "dev71": 6601,
    "dev72": 181, "dev73": 2601, "dev74": 4601, "dev75": 9101,
    "dev76": 3601, "dev77": 7601,
    "dev78": 4851, "dev79": 9851,
    "dev80": 5601, "dev81": 6851,
    "dev82": 5851, "dev83": 8101,
    "dev84": 296, "dev85": 921,
    "dev86": 421, "dev87": 546,
    "dev88": 671, "dev89": 796, "dev90": 1171, "dev91": 6896,
    "dev92": 1296, "dev93": 7796,
    "dev94": 2421, "dev95": 5546, "dev96": 3921, "dev97": 6796,
    "dev98": 1421, "dev99": 1646,
    "dev100": 1796, "dev101": 1921,
    "dev102": 2046, "dev103": 3296, "dev104": 4421, "dev105": 6171, "dev106": 7421, "dev107": 9296,
    "dev108": 2676, "dev109": 3676, "dev110": 4676, "dev111": 5676, "dev112": 6676, "dev113": 7676, "dev114": 8176,
    "dev115": 9176, "dev116": 4926, "dev117": 5926, "dev118": 7871, "dev119": 9576, "dev120": 9926,
    "dev121": 9663,
}  # fmt: skip
SENTENCES = 45
PER_PARAGRAPH = 3
#: the corpus's own documents (``../shared/dev/alt-wikinews/docs``) and their first lines
SHARED_DOCUMENTS = {"dev1": 1001, "dev2": 3501, "dev3": 6001, "dev4": 8501}
#: lines between two documents under which they may share an article (articles run 5–25
#: lines; the translation table holds out as many around each document)
APART = 30


def beside(name: str) -> list[str]:
    """The development documents whose lines come within ``APART`` lines of ``name``'s: an
    article can run on across the edge between them, so what one document's gold list says
    is not news to the other (the term bank is read without both)."""
    starts = {**SHARED_DOCUMENTS, **DOCUMENTS}
    if name not in starts:
        return []
    first = starts[name]
    return sorted(
        (other for other, start in starts.items() if other != name and abs(start - first) < SENTENCES + APART),
        key=lambda other: starts[other],
    )


def build(name: str, out: Path, corpus: Path = CORPUS) -> None:
    start = DOCUMENTS[name]
    for lang in ("vi", "en"):
        lines = (corpus / f"{lang}.txt").read_text(encoding="utf-8").splitlines()[start - 1 : start - 1 + SENTENCES]
        paragraphs = [
            " ".join(line.strip() for line in lines[i : i + PER_PARAGRAPH]) for i in range(0, SENTENCES, PER_PARAGRAPH)
        ]
        (out / f"{name}.{lang}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"devdocs: {CORPUS}: the development corpus is not here", file=sys.stderr)
        return 2
    out = Path(argv[0] if argv else "dev-docs")
    out.mkdir(parents=True, exist_ok=True)
    for name in DOCUMENTS:
        build(name, out)
    print(f"wrote {len(DOCUMENTS)} document pairs to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
