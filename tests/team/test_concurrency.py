"""Many members saving at once: every quote kept exactly once, with its own id, as its writer's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from qtapp.library.postgres.store import TeamLibrary

WRITERS, EACH = 20, 200
WRITER = Path(__file__).with_name("concurrent_writer.py")


def test_twenty_processes_saving_two_hundred_quotes_each_lose_and_double_nothing(as_member, tmp_path):
    go = tmp_path / "go"
    names = ["alice", "bob"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[2]),
                                                       os.environ.get("PYTHONPATH", "")]))
    procs = [subprocess.Popen([sys.executable, str(WRITER), as_member(names[w % 2]), str(w), str(EACH), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for w in range(WRITERS)]
    go.touch()
    said = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, [err[-2000:] for _, err in said if err]
    ids = [int(i) for out, _ in said for i in out.split()]
    assert len(ids) == len(set(ids)) == WRITERS * EACH
    with TeamLibrary.open(as_member("eve")) as library:
        records = library.quotes.find()
        assert len(records) == WRITERS * EACH and {q.id for q in records} == set(ids)
        assert {q.note for q in records} == {f"w{w}-{i}" for w in range(WRITERS) for i in range(EACH)}
        assert len({q.uuid for q in records}) == WRITERS * EACH
        assert len(library.articles.all()) == 1  # the shared article stored once, whoever came first
        by = {q.note: q.clipped_by for q in records}
        assert all(by[f"w{w}-0"] == names[w % 2] for w in range(WRITERS))
        assert dict(library.quotes.clippers()) == {"alice": WRITERS * EACH // 2, "bob": WRITERS * EACH // 2}
