"""songngu's alignment layer: read, normalise, segment, embed and align two documents.

Importing this package loads no model; encoders load on first use.
"""
from .errors import InputError, SongnguError
from .model import Alignment, Bead, Document, Sentence

__all__ = ["Alignment", "Bead", "Document", "Sentence", "InputError", "SongnguError", "__version__"]
__version__ = "0.1.0"
