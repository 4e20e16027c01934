"""songngu's alignment layer: read, normalise, segment, embed and align two documents.

Importing this package loads no model; encoders load on first use.
"""

from .errors import InputError, SongnguError
from .model import Alignment, Bead, Document, Sentence

__all__ = ["Alignment", "Bead", "Document", "InputError", "Sentence", "SongnguError", "__version__"]


def _version() -> str:
    """The distribution's version, from its metadata: pyproject.toml is the one place it is written."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("songngu")
    except PackageNotFoundError:  # a bare source tree on sys.path, never installed
        return "0+unknown"


__version__ = _version()
