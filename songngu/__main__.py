"""``python -m songngu``: the same as the ``songngu`` command."""

import sys

from .cli import main

sys.exit(main())
