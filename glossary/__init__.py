"""songngu's glossary layer: word alignment, term mining, exports and the CLI.

Depends on ``align``; ``align`` never imports from here.
"""
from align import __version__

__all__ = ["__version__"]
