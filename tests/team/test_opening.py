"""Opening a team library from the command line and the window: ``--library URI``, ``QUOTECLIP_LIBRARY``,
and a server that is away (a clear message, the password removed, libpq's reason, exit 2)."""

from __future__ import annotations

import json
import socket

from qtapp.cli import main
from qtapp.paths import LIBRARY_ENV

SAYING = "Success comes to those who share in one purpose."


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once the socket closes


def test_the_command_line_saves_and_lists_in_a_team_library(as_member, seed_path, capsys, monkeypatch):
    alice = as_member("alice")
    assert main(["--library", alice, "quotes", "add", str(seed_path), "--text", SAYING, "--tag", "t"]) == 0
    assert capsys.readouterr().out.startswith("1\tXi Jinping (quoted by Wang Haiyan)")
    monkeypatch.setenv(LIBRARY_ENV, as_member("bob"))  # the environment names it as --library does
    assert main(["quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip"]) == 0
    capsys.readouterr()
    assert main(["quotes", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["clipped_by"], r["tags"]) for r in records] == [("bob", []), ("alice", ["t"])]  # newest first
    assert all(r["clipped_at"].endswith("Z") for r in records)
    assert main(["quotes", "list", "--search", "succ"]) == 0
    table = capsys.readouterr().out
    assert SAYING[:30] in table and "fifth trip" not in table
    assert main(["articles", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"] == 2


def test_a_server_that_is_away_is_said_with_the_reason_and_no_password(capsys):
    address = f"postgresql://ann:s3cret@127.0.0.1:{_closed_port()}/quotes"
    assert main(["--library", address, "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert f"postgresql://ann@127.0.0.1:{address.rsplit(':', 1)[1]}" in err
    assert "s3cret" not in err and "refused" in err.lower() and "Traceback" not in err
    assert main(["--library", address, "quotes", "add", "nowhere.txt", "--text", "x"]) == 2
    assert "s3cret" not in capsys.readouterr().err


def test_an_address_libpq_cannot_read_is_said_plainly(capsys):
    assert main(["--library", "postgresql://ann@127.0.0.1:notaport/db", "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert "postgresql://ann@127.0.0.1:notaport/db" in err and "Traceback" not in err


def test_a_wrong_database_name_says_what_libpq_says(pg, capsys):
    assert main(["--library", pg.uri("no_such_db"), "quotes", "list"]) == 2
    assert 'database "no_such_db" does not exist' in capsys.readouterr().err


def test_the_window_opens_a_team_library_from_the_environment(as_member, monkeypatch, qtbot):
    from qtapp.ui.quotes.service import QuoteLibrary

    monkeypatch.setenv(LIBRARY_ENV, as_member("alice"))
    service = QuoteLibrary()
    try:
        assert service.open() and service.team_address == as_member("alice")
        assert service.store is not None and service.store.quotes.count() == 0
        assert service.readonly_reason is None
        with qtbot.waitSignal(service.rederived, timeout=20000):  # as far as alice's rights go
            assert service.rederive_in_background()  # (test_window_rederive.py)
    finally:
        service.close()


def test_the_window_says_when_the_server_is_away(monkeypatch, qtbot):
    from qtapp.ui.quotes.service import QuoteLibrary

    told: list[str] = []
    monkeypatch.setattr(QuoteLibrary, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    monkeypatch.setenv(LIBRARY_ENV, f"postgresql://ann:s3cret@127.0.0.1:{_closed_port()}/quotes")
    service = QuoteLibrary()
    assert not service.open() and service.store is None
    assert told and "postgresql://ann@127.0.0.1" in told[0] and "s3cret" not in told[0]
    assert "own library" in told[0]


def test_a_read_only_member_s_window_is_read_only_and_says_why(as_member, monkeypatch, qtbot):
    from qtapp.ui.quotes.service import QuoteLibrary

    monkeypatch.setenv(LIBRARY_ENV, as_member("rita"))
    service = QuoteLibrary()
    try:
        assert service.open()
        assert service.readonly_reason is not None and "rita" in service.readonly_reason
        assert "read-only member" in service.readonly_reason
    finally:
        service.close()


def test_a_wrong_password_is_refused_with_libpq_s_reason_and_never_shown(as_member, tmp_path, monkeypatch, capsys):
    wrong = tmp_path / "wrong-pgpass"
    wrong.write_text("127.0.0.1:*:*:alice:not-her-password\n", encoding="utf-8")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    assert main(["--library", as_member("alice"), "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert 'password authentication failed for user "alice"' in err and "not-her-password" not in err
    typed = as_member("alice").replace("alice@", "alice:typed-secret@")
    assert main(["--library", typed, "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert "password authentication failed" in err and "typed-secret" not in err


def test_tls_required_of_a_server_without_it_is_refused_plainly(as_member, capsys):
    assert main(["--library", as_member("alice") + "?sslmode=require", "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert "sslmode=require" in err and "SSL" in err and "Traceback" not in err


def test_exports_and_every_import_work_on_a_team_library(as_member, seed_path, tmp_path, capsys):
    alice = as_member("alice")
    assert main(["--library", alice, "quotes", "add", str(seed_path), "--text", SAYING]) == 0
    for fmt in ("json", "csl-json", "md", "ris"):
        assert main(["--library", alice, "quotes", "export", "--format", fmt, "-o", str(tmp_path / fmt)]) == 0
    assert "Success comes" in (tmp_path / "json").read_text(encoding="utf-8")
    assert main(["--library", alice, "quotes", "cite", "1", "--style", "apa"]) == 0
    capsys.readouterr()
    assert main(["--library", alice, "quotes", "import", str(tmp_path / "json")]) == 0
    assert "imported 0 quotes and 0 articles; 1 quote was already in the library" in capsys.readouterr().out
    assert main(["--library", alice, "quotes", "import", str(tmp_path / "ris")]) == 0
    assert "imported 1 quote and 1 article" in capsys.readouterr().out  # RIS keeps no uuid: a stub, as on SQLite
    from tests.library.importers import samples

    assert main(["--library", alice, "quotes", "import", str(samples.kindle(tmp_path / "My Clippings.txt"))]) == 0
    assert "imported 3 quotes and 3 articles" in capsys.readouterr().out
    assert main(["--library", alice, "quotes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 5 and {q["clipped_by"] for q in listed} == {"alice"}


def test_the_window_opens_an_article_and_saves_a_quote_in_a_team_library(as_member, monkeypatch, seed_path,
                                                                         tmp_path):
    """The whole window, as ``quoteclip --screenshot`` launches it: opening the seed reads and writes the
    team library (its article, stubs, highlights) without a bug on the way. No reader process: it would
    let the screenshot picture the early page before this process opens the library (test_early_read.py)."""
    import subprocess
    import sys

    from qtapp.library.postgres.early_read import OFF_ENV

    monkeypatch.setenv(LIBRARY_ENV, as_member("alice"))
    monkeypatch.setenv(OFF_ENV, "0")
    shot = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "qtapp", "--screenshot", str(shot), str(seed_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert shot.stat().st_size > 0 and "Traceback" not in done.stderr


def test_a_search_is_planned_for_the_words_typed_never_as_a_prepared_statement(as_member):
    """psycopg prepares a statement run five times, and the server may then plan every later search
    once for all (a generic plan, as slow for "t" as the rarest word): the team connection never does."""
    from qtapp.library.postgres.store import TeamLibrary

    with TeamLibrary.open(as_member("alice")) as library:
        for typed in ("t", "tr", "tra", "trad", "trade", "t", "tr", "tra"):
            library.quotes.find(search=typed, limit=50)
            library.quotes.count(search=typed)
        assert library.db.scalar("SELECT count(*) FROM pg_prepared_statements") == 0


def test_a_window_starting_with_a_wrong_password_says_what_it_said_without_the_reader(as_member, seed_path, tmp_path,
                                                                                    monkeypatch):
    """The program's own start (the reader process forked before Qt) refuses a bad password with the very
    message the window gave before there was a reader, and shows no password."""
    import subprocess
    import sys

    from qtapp.library.postgres.early_read import OFF_ENV

    wrong = tmp_path / "wrong-pgpass"
    wrong.write_text("127.0.0.1:*:*:alice:not-her-password\n", encoding="utf-8")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    monkeypatch.setenv(LIBRARY_ENV, as_member("alice"))
    said = {}
    for reader in ("1", "0"):
        monkeypatch.setenv(OFF_ENV, reader)
        done = subprocess.run([sys.executable, "-m", "qtapp", "--screenshot", str(tmp_path / "shot.png"),
                               str(seed_path)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-3000:]
        said[reader] = done.stderr
    assert said["1"] == said["0"]
    assert 'password authentication failed for user "alice"' in said["1"] and "not-her-password" not in said["1"]
