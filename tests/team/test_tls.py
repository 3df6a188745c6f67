"""TLS to a team library's server: ``sslmode`` is libpq's, and QuoteClip passes it through as given.

A cluster of its own with a self-signed certificate made here by openssl (the session's shared cluster
has no TLS, which ``test_opening.py`` shows refused when required). ``require`` encrypts without asking
who the server is; ``verify-full`` checks the certificate against the CA named by ``sslrootcert`` and
the host name, and refuses a server it cannot vouch for.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.library.errors import LibraryUnavailable
from qtapp.library.postgres.store import TeamLibrary
from tests import pg_cluster

SSL_IN_USE = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"


def _self_signed(folder: Path, name: str, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """(certificate, key) of a self-signed certificate for ``host``: its own CA."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", f"/CN={host}", "-addext", f"subjectAltName=IP:{host}",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[pg_cluster.Cluster, Path]]:
    """A running cluster that offers TLS with a self-signed certificate; (cluster, that certificate)."""
    if pg_cluster.binaries() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    if shutil.which("openssl") is None:
        pytest.skip("no openssl on this machine to make the server's certificate")
    import psycopg

    cert, key = _self_signed(tmp_path_factory.mktemp("tls"), "server")
    cluster = pg_cluster.start_cluster()
    try:
        data = cluster.folder / "data"
        for source in (cert, key):  # the server reads its own copies, private to its user
            shutil.copy(source, data / source.name)
            if cluster.runas:  # we are root and the server runs as postgres
                shutil.chown(data / source.name, "postgres", "postgres")
        (data / key.name).chmod(0o600)
        with psycopg.connect(cluster.uri(), autocommit=True) as admin:
            admin.execute(f"ALTER SYSTEM SET ssl_cert_file = '{cert.name}'")
            admin.execute(f"ALTER SYSTEM SET ssl_key_file = '{key.name}'")
            admin.execute("ALTER SYSTEM SET ssl = on")
        cluster.stop()  # a restart, not a reload: the server then says at once if the files are wrong
        cluster.start()
        cluster.create_database("team")
        yield cluster, cert
    finally:
        pg_cluster.remove(cluster)


def test_sslmode_require_is_accepted_and_the_connection_is_encrypted(tls_server):
    cluster, _ = tls_server
    with TeamLibrary.open(cluster.uri("team") + "?sslmode=require") as library:
        assert library.db.scalar(SSL_IN_USE) is True
        assert library.quotes.count() == 0  # a working library: schema made through TLS
    with TeamLibrary.open(cluster.uri("team") + "?sslmode=disable") as plain:
        assert plain.db.scalar(SSL_IN_USE) is False  # the check above can tell the two apart


def test_verify_full_with_the_ca_given_is_accepted(tls_server, capsys):
    cluster, cert = tls_server
    address = cluster.uri("team") + f"?sslmode=verify-full&sslrootcert={cert}"
    with TeamLibrary.open(address) as library:
        assert library.db.scalar(SSL_IN_USE) is True
    assert main(["--library", address, "quotes", "list"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_verify_full_refuses_a_server_its_ca_did_not_sign(tls_server, tmp_path, capsys):
    cluster, _ = tls_server
    stranger, _ = _self_signed(tmp_path, "stranger")
    address = cluster.uri("team") + f"?sslmode=verify-full&sslrootcert={stranger}"
    with pytest.raises(LibraryUnavailable, match="certificate verify failed"):
        TeamLibrary.open(address)
    assert main(["--library", address, "quotes", "list"]) == 2
    err = capsys.readouterr().err
    assert "certificate verify failed" in err and "Traceback" not in err


def test_verify_full_refuses_a_certificate_for_another_host(tls_server):
    cluster, cert = tls_server
    elsewhere = cluster.uri("team").replace("@127.0.0.1:", "@localhost:")  # the certificate names 127.0.0.1
    with pytest.raises(LibraryUnavailable, match="does not match host name"):
        TeamLibrary.open(elsewhere + f"?sslmode=verify-full&sslrootcert={cert}")
