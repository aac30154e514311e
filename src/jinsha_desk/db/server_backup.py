"""Backups of a server database: pg_dump's custom format, written under a temporary name and kept
only after it has been restored into a scratch database on the same server and found whole — the
same promise as the desk's SQLite backups (db.backup), the same folder, the same keeping rules."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from pathlib import Path

from jinsha_desk import auth
from jinsha_desk.changes import ALL, DATA, reports
from jinsha_desk.db.cluster import tool
from jinsha_desk.db.location import ServerAddress
from jinsha_desk.errors import DeskError

SUFFIX = ".dump"


def stem(address: ServerAddress) -> str:
    """The name backups of this server database start with."""
    host = (address.parts.hostname or "localhost").replace(":", "_").replace("/", "_")
    return f"{host}-{address.database}"


def _environment() -> dict[str, str]:
    """libpq reads the password from the URL; the tools' messages in plain ASCII for our log."""
    return {**os.environ, "PGCONNECT_TIMEOUT": "10", "LC_MESSAGES": "C"}


def _run(*command: str, address: ServerAddress, what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, env=_environment())
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise DeskError(f"{what}没有完成（{address.shown}）：{lines[-1] if lines else done.returncode}")


def _with_database(address: ServerAddress, database: str) -> ServerAddress:
    parts = address.parts
    return ServerAddress(parts._replace(path=f"/{database}").geturl())


def verify_dump(dump: Path, address: ServerAddress) -> None:
    """Restore the dump into a scratch database on the same server, then drop it: a dump that does
    not restore is not a backup."""
    import psycopg

    scratch = f"jinsha_check_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(address.url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{scratch}"')
    try:
        _run(tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
             f"--dbname={_with_database(address, scratch).url}", str(dump), address=address, what="备份校验")
    finally:
        with psycopg.connect(address.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


@reports(DATA)
def dump_server(address: ServerAddress, reason: str, dest_dir: Path) -> Path:
    """pg_dump the server database into the backup folder; kept once it restores cleanly."""
    from jinsha_desk.db.backup import STAMP, claim_name, prune_backups  # they share the desk's rules

    dest_dir.mkdir(parents=True, exist_ok=True)
    name = f"{stem(address)}-{dt.datetime.now().strftime(STAMP)}-{reason}"
    partial = dest_dir / f"{name}.{os.getpid()}.0.partial"
    try:
        _run(tool("pg_dump"), "--format=custom", f"--file={partial}", f"--dbname={address.url}",
             address=address, what="备份")
        verify_dump(partial, address)
        target = claim_name(partial, dest_dir, name, SUFFIX)
    finally:
        partial.unlink(missing_ok=True)
    prune_backups(dest_dir, stem(address), SUFFIX)
    return target


@reports(*ALL)
def restore_server(dump: Path, address: ServerAddress, dest_dir: Path) -> Path:
    """Replace the server database's contents with a verified dump, in one transaction; the current
    contents are dumped first (returned), so a wrong choice can be undone."""
    auth.require("restore")
    if not Path(dump).is_file():
        raise DeskError(f"找不到备份文件：{dump}")
    verify_dump(Path(dump), address)
    kept = dump_server(address, "before-restore", dest_dir)
    _run(tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error", "--single-transaction",
         f"--dbname={address.url}", str(dump), address=address, what="恢复")
    return kept
