"""A real, throwaway PostgreSQL server for the tests: a cluster made with initdb in a temporary folder
and started with pg_ctl, listening only on a socket in that folder (never a mock). As root, the server
runs as the unprivileged ``postgres`` user that Debian's package creates, since PostgreSQL refuses to
run as root. Without PostgreSQL installed the server tests are skipped, except under .ci/run, which
installs it and sets JINSHA_REQUIRE_POSTGRESQL so that a missing server fails instead."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class Cluster:
    def __init__(self) -> None:
        initdb, self.pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not self.pg_ctl:
            if os.environ.get("JINSHA_REQUIRE_POSTGRESQL"):
                pytest.fail("PostgreSQL (initdb, pg_ctl) is not installed; .ci/run installs Debian's postgresql")
            pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="jinsha-pg-"))
        self.data = self.folder / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.port = 20000 + uuid.uuid4().int % 20000
        self._run(initdb, "-D", str(self.data), "-U", "jinsha", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        with open(self.data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.write(f"port = {self.port}\nunix_socket_directories = '{self.folder}'\n"
                       "listen_addresses = ''\nfsync = off\n")
        self.resume()

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, cwd=self.folder)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://jinsha@/{database}?host={self.folder}&port={self.port}"

    def create_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_roles(self, *roles: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            for role in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')

    def pause(self) -> None:
        """Stop the server as a power cut or an administrator would (connections dropped)."""
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "start")

    def stop(self) -> None:
        subprocess.run([*self.as_user, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True, cwd=self.folder)
        shutil.rmtree(self.folder, ignore_errors=True)
