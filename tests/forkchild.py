"""Warm child processes for the tests (not a test module).

tests/conftest.py names this module as the preload of multiprocessing's forkserver in every test process
(``multiprocessing.set_forkserver_preload``). The forkserver imports it once, which loads what a build needs
(``bas_analysis.build.warm_up``: codebook, lemmatiser dictionary, name data); every process forked from it
afterwards starts with that loaded instead of paying for it again (about 3 CPU-seconds a process). Two kinds of
processes come from there:

- the worker pools of builds with many files (``bas_analysis.fanout.ProcessRunner`` takes the forkserver when the
  test process runs other threads, as a pytest-xdist worker does);
- the fault-injection builds of tests/test_hardening_faults.py (:func:`hostile.spawn_build`): :func:`run_code`
  runs the child code of ``hostile.CHILD_BUILD`` in a fresh process forked from the single-threaded forkserver,
  with its output in a file, and that process is SIGKILLed by the test like any other.
"""
from __future__ import annotations

import importlib
import os
import sys

importlib.import_module("bas_analysis.build").warm_up()


def run_code(code: str, argv: list[str], output: str) -> None:
    """Run ``code`` as ``__main__`` with ``sys.argv[1:] = argv``, stdout and stderr (fd 1 and 2) into ``output``."""
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.argv = ["forkchild", *argv]
    exec(compile(code, "<hostile.CHILD_BUILD>", "exec"), {"__name__": "__main__"})
