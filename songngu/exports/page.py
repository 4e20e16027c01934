"""What songngu's two HTML pages share: the style, and the header naming the run.

Both pages are single self-contained files (no network, no external script or font) that a
translator opens from disk; long words, file names and the signature wrap instead of
pushing the page sideways.
"""

from __future__ import annotations

from html import escape

from ..provenance import Provenance

__all__ = ["STYLE", "header", "page"]

STYLE = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;padding:1.5em 2em;max-width:110em;color:#222;
overflow-wrap:anywhere}
header.top{border-bottom:2px solid #2c5d8a;margin-bottom:1em;padding-bottom:.6em}
header.top h1{font-size:1.4em;margin:0 0 .2em}header.top p{margin:.15em 0;color:#444}
header.top .sig{font:12px/1.4 ui-monospace,monospace;color:#666;word-break:break-all}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-bottom:1px solid #ddd;padding:.4em .6em;vertical-align:top;overflow-wrap:anywhere}
th{text-align:left;background:#f4f4f4;position:sticky;top:0;z-index:1}
"""


def header(title: str, provenance: Provenance, subtitle: str) -> str:
    """The header both pages open with: what this is, on which files, and the signature."""
    files = f"{escape(provenance.source_path)} ↔ {escape(provenance.target_path)}"
    dated = f" · {escape(provenance.iso_date())}" if provenance.date else ""
    return (
        f'<header class="top"><h1>{escape(title)}</h1><p>{files}{dated}</p><p>{escape(subtitle)}</p>'
        f'<p class="sig">{escape(provenance.signature())}</p></header>'
    )


def page(title: str, style: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f"<style>{STYLE}{style}</style></head><body>{body}</body></html>\n"
    ).encode()
