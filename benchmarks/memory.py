"""Peak memory of the running benchmark process."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> int:
    """This process's peak resident memory in MiB. Linux keeps ``ru_maxrss`` across exec, so
    a child started by a parent that had loaded the models would report the parent's peak;
    the memory map's high-water mark (VmHWM) starts afresh with the new program."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
