"""A real ``kg remove`` that kills itself (SIGKILL) at a chosen point, for test_crash_remove.py.

``python -m tests.killed_remove POINT OUT ARTICLE...`` runs ``kg remove ARTICLE... --out OUT`` (kg.cli.main) with
one step of kg.pipeline.remove wrapped so that the process dies just before it (``before:NAME``) or just after it
(``after:NAME``). The steps, in the order remove takes them: ``_atomic`` (the record of what the outputs are made
from, and at the end the record again), ``drop_graphs`` (the store's, one transaction), ``refresh_stats``,
``write_trig_and_turtle`` (graph.trig and graph.ttl as temporary files, not yet renamed into place),
``write_outputs`` (all four files in place). Everything else is the command's own.
"""
import os
import signal
import sys

from kg import pipeline, store
from kg.cli import main

STEPS = {"_atomic": pipeline, "refresh_stats": pipeline, "write_trig_and_turtle": pipeline,
         "write_outputs": pipeline, "drop_graphs": store.LocalStore}


def _dying(step, when: str):
    def die_around(*args, **kwargs):
        if when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        done = step(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return done
    return die_around


def run(point: str, out: str, *articles: str) -> int:
    when, name = point.split(":")
    owner = STEPS[name]
    setattr(owner, name, _dying(getattr(owner, name), when))
    return main(["remove", *articles, "--out", out])


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:]))
