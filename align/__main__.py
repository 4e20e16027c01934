"""``python -m align SOURCE TARGET``: print the alignment report (``songngu align`` does more)."""

from __future__ import annotations

import argparse
import sys

from .aligner import align_documents
from .document import load_document
from .encoder import load_encoder
from .errors import SongnguError
from .report import render_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m align", description=__doc__)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--source-lang", default="vi")
    parser.add_argument("--target-lang", default="en")
    args = parser.parse_args(argv)
    try:
        src = load_document(args.source, args.source_lang, other_lang=args.target_lang)
        tgt = load_document(args.target, args.target_lang, other_lang=args.source_lang)
        alignment = align_documents(src, tgt, load_encoder(progress=True))
    except SongnguError as err:
        print(f"songngu: error: {err}", file=sys.stderr)
        return 2
    sys.stdout.write(render_report(alignment))
    return 0


if __name__ == "__main__":
    sys.exit(main())
