"""songngu's glossary layer: Vietnamese term candidates, word alignment inside aligned
pairs, projection to English, scoring and classification.

Depends on ``align``; nothing here imports the application (``songngu``).
"""

from align import __version__

from .model import KINDS, Example, Glossary, GlossaryEntry

__all__ = ["KINDS", "Example", "Glossary", "GlossaryEntry", "__version__"]
