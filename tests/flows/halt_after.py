"""`akhbar` that signals itself as soon as a named function returns (the first time, or the Nth): a kill or a stop at an
exact point of a run.

    python halt_after.py akhbar.warehouse.memory:TranslationMemory.recall KILL run --source … --warehouse …
    python halt_after.py akhbar.flows.ledger:Progress.chunk_done@2 KILL run …   (after the second chunk)

KILL sends SIGKILL to the process group (the run and all it started, as `kill -9` of a job); STOP
sends SIGSTOP to the process, so that a test looks at the warehouse mid-run and then SIGCONTs it.
The tests first polled the warehouse from outside for the same moment and lost the race on a loaded
CI machine: the run had published every table before the poll saw its first file.
"""

from __future__ import annotations

import functools
import importlib
import os
import signal
import sys
import threading


def halt_after(target: str, how: str) -> None:
    """Wrap `module:Owner.function[@N]` so that its first (Nth) return sends the signal `how` (KILL or STOP)."""
    target, _, nth = target.partition("@")
    module, _, qualname = target.partition(":")
    *path, name = qualname.split(".")
    owner = importlib.import_module(module)
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    lock, returns = threading.Lock(), [0]

    @functools.wraps(original)
    def then_halt(*args, **kwargs):
        result = original(*args, **kwargs)
        with lock:
            returns[0] += 1
            now = returns[0] == int(nth or 1)
        if now:
            if how == "KILL":
                os.killpg(0, signal.SIGKILL)
            else:
                os.kill(os.getpid(), signal.SIGSTOP)  # resumes here on SIGCONT
        return result

    setattr(owner, name, then_halt)


if __name__ == "__main__":
    target, how, *argv = sys.argv[1:]
    if how not in ("KILL", "STOP"):
        sys.exit(f"halt_after: KILL or STOP, not {how!r}")
    halt_after(target, how)
    from akhbar.cli.main import main

    sys.exit(main(argv))
