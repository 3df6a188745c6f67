"""A throwaway PostgreSQL cluster for the team-library tests and benchmarks: initdb + pg_ctl in a temp dir.

The server refuses to run as root, so when we are root it runs as the ``postgres`` OS user (through
``runuser``) in a folder handed to that user. It listens on 127.0.0.1 on a free port with fsync off:
a test cluster is thrown away, so durability would only slow its start-up and every commit.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15, 14)]
SUPERUSER = "quoteclip_admin"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None where PostgreSQL is not installed."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster; ``uri(db, user)`` names a database on it."""

    folder: Path
    bin: Path
    port: int
    runas: list[str]

    def uri(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def ctl(self, *args: str) -> None:
        subprocess.run([*self.runas, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-w",
                        "-l", str(self.folder / "log"), *args], check=True, capture_output=True)

    def start(self) -> None:
        self.ctl("start", "-o", f"-p {self.port} -k {self.folder}")

    def stop(self) -> None:
        self.ctl("stop", "-m", "fast")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.uri(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.uri(name)


def start_cluster(folder: Path | None = None) -> Cluster:
    """initdb, configure for tests and start; raises RuntimeError with the server's log when it fails.

    ``folder`` (an empty or new one) keeps the cluster where a benchmark can start it again later
    (``restart``): a million-quote data set takes too long to build for every run.
    """
    folder_bin = binaries()
    if folder_bin is None:
        raise FileNotFoundError("no PostgreSQL binaries (initdb, pg_ctl)")
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="quoteclip-pg-"))
    else:
        folder.mkdir(parents=True, exist_ok=True)
    runas = _runas(folder)
    try:
        subprocess.run([*runas, str(folder_bin / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, capture_output=True)
        with open(folder / "data" / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("listen_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\n"
                       "full_page_writes = off\nmax_connections = 100\nshared_buffers = 128MB\n")
        # The administrator is trusted (tests set up teams as it); every other role logs in with a
        # password, which libpq finds in PGPASSFILE as a member's would be found in ~/.pgpass.
        with open(folder / "data" / "pg_hba.conf", "w", encoding="utf-8") as hba:
            hba.write(f"local all all trust\nhost all {SUPERUSER} 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        cluster = Cluster(folder, folder_bin, _free_port(), runas)
        cluster.start()
    except subprocess.CalledProcessError as error:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"{error.cmd[len(runas)]} failed: {error.stderr.decode(errors='replace')}{log}") \
            from error
    return cluster


def _runas(folder: Path) -> list[str]:
    """The command prefix that runs the server's tools as the ``postgres`` user when we are root."""
    if os.geteuid() != 0:
        return []
    user = pwd.getpwnam("postgres")
    os.chown(folder, user.pw_uid, user.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


def restart(folder: Path) -> Cluster:
    """Start again a cluster ``start_cluster(folder)`` made and stopped, on a new free port."""
    folder_bin = binaries()
    if folder_bin is None:
        raise FileNotFoundError("no PostgreSQL binaries (initdb, pg_ctl)")
    cluster = Cluster(folder, folder_bin, _free_port(), _runas(folder))
    cluster.start()
    return cluster


def remove(cluster: Cluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)
