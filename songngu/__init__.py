"""songngu, the application: the command line, the pipeline it runs, provenance, output
writing and the export formats, over the ``align`` and ``glossary`` libraries.

Layers (checked by import-linter): ``songngu`` → ``glossary`` → ``align``; a lower layer
never imports a higher one.
"""

from align import __version__

__all__ = ["__version__"]
