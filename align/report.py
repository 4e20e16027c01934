"""The terminal alignment report a reviewer reads: numbered pairs, scores, gaps, summary."""

from __future__ import annotations

import shutil
import textwrap

from .model import Alignment

__all__ = ["LOW_CONFIDENCE", "render_report"]

#: Aligned beads below this confidence are marked for review.
LOW_CONFIDENCE = 0.6


def _wrap(text: str, width: int, indent: str) -> str:
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )


def render_report(
    alignment: Alignment, *, width: int | None = None, color: bool = False, show_unaligned: bool = True
) -> str:
    """The report as text. Pairs are numbered in document order; unaligned sentences
    appear where they stand, marked '·· vi only' / '·· en only'."""
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 120)
    src_lang, tgt_lang = alignment.source.lang, alignment.target.lang
    dim = (lambda s: f"\x1b[2m{s}\x1b[0m") if color else (lambda s: s)
    warn = (lambda s: f"\x1b[33m{s}\x1b[0m") if color else (lambda s: s)
    lines = [f"songngu alignment: {alignment.source.path} ({src_lang}) ↔ {alignment.target.path} ({tgt_lang})", ""]
    number = 0
    kinds: dict[str, int] = {}
    low = 0
    for bead in alignment.beads:
        kinds[bead.kind] = kinds.get(bead.kind, 0) + 1
        if bead.aligned:
            number += 1
            flag = "  ⚠ check" if bead.score < LOW_CONFIDENCE else ""
            low += bool(flag)
            head = f"#{number}  {bead.kind}  score {bead.score:.2f}{flag}"
            lines.append(warn(head) if flag else head)
            lines.append(_wrap(alignment.source_text(bead), width, f"  {src_lang}  "))
            lines.append(_wrap(alignment.target_text(bead), width, f"  {tgt_lang}  "))
            lines.append("")
        elif show_unaligned:
            side, text = (
                (src_lang, alignment.source_text(bead)) if bead.source_ids else (tgt_lang, alignment.target_text(bead))
            )
            lines.append(dim(_wrap(text, width, f"  ·· {side} only  ")))
            lines.append("")
    aligned = alignment.pairs
    s_un = sum(len(b.source_ids) for b in alignment.beads if not b.aligned)
    t_un = sum(len(b.target_ids) for b in alignment.beads if not b.aligned)
    bead_mix = ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    lines += [
        "Summary",
        f"  pairs: {len(aligned)} ({low} below {LOW_CONFIDENCE:.2f}, marked ⚠ check)",
        f"  unaligned: {s_un} {src_lang} sentences, {t_un} {tgt_lang} sentences",
        (
            f"  coverage: {alignment.source_coverage:.0%} of {src_lang} text, "
            f"{alignment.target_coverage:.0%} of {tgt_lang} text"
        ),
        f"  bead types: {bead_mix}",
        (
            f"  time: embedding {alignment.timings.get('embed_s', 0):.2f} s, "
            f"search {alignment.timings.get('search_s', 0):.2f} s"
        ),
    ]
    if alignment.warning:
        lines += ["", warn(f"WARNING: {alignment.warning}")]
    return "\n".join(lines) + "\n"
