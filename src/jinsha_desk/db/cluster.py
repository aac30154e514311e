"""An office's own database server, for an office without IT staff: a PostgreSQL cluster in a folder,
made and run with the PostgreSQL already installed on the PC (the distribution's package on Linux,
the official installer's binaries on Windows), listening on the office LAN with password
authentication, holding the community database ``jinsha`` owned by the app's role ``jinsha``."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinsha_desk.errors import DeskError

APP_ROLE = "jinsha"
ADMIN_ROLE = "jinsha_admin"
DATABASE = "jinsha"
DEFAULT_PORT = 5432
PASSWORD_ENV = "JINSHA_SERVER_PASSWORD"
CONNECTION_FILE = "连接信息.txt"
SERVICE_USER = "postgres"
_STANDARD_FOLDERS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu, 统信UOS, 麒麟
    "/usr/pgsql-*/bin",  # the PGDG packages on RPM systems
    r"C:\Program Files\PostgreSQL\*\bin",  # the official Windows installer
)


def postgresql_bin() -> Path:
    """The folder of initdb and pg_ctl: on PATH, else the newest version in the standard folders."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # a link on PATH points into the version's own folder
    candidates = [Path(p) for pattern in _STANDARD_FOLDERS for p in glob.glob(pattern)
                  if (Path(p) / ("initdb.exe" if sys.platform == "win32" else "initdb")).exists()]
    if not candidates:
        raise DeskError("本机没有找到 PostgreSQL（initdb、pg_ctl）。请先安装：Windows 用 PostgreSQL 官方安装程序，"
                        "统信UOS/麒麟/Debian/Ubuntu 用 sudo apt install postgresql。")
    return max(candidates, key=lambda p: [int(x) if x.isdigit() else 0 for x in p.parent.name.split(".")])


def tool(name: str) -> str:
    """The path of one of PostgreSQL's programs (initdb, pg_ctl, pg_dump …)."""
    return str(postgresql_bin() / (f"{name}.exe" if sys.platform == "win32" else name))


def _service_user() -> list[str]:
    """PostgreSQL never runs as root: run as root (sudo, an installer), the tools run as the system user
    the distribution's package made for it, as its own pg_ctlcluster does."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import pwd  # POSIX only

    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        raise DeskError("PostgreSQL 不能以 root 身份运行。请用平时登录的普通账号运行 server 命令。") from None
    return ["runuser", "-u", SERVICE_USER, "--"]


def _hand_over(path: Path) -> None:
    """A file or folder the server's tools must own when they run as the service user."""
    if _service_user():
        import pwd  # POSIX only

        owner = pwd.getpwnam(SERVICE_USER)
        os.chown(path, owner.pw_uid, owner.pw_gid)


def _run(*command: str) -> subprocess.CompletedProcess:
    done = subprocess.run([*_service_user(), *command], capture_output=True, text=True)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DeskError(f"{Path(command[0]).stem} 没有成功：{detail[-1] if detail else done.returncode}")
    return done


@dataclass(frozen=True)
class OfficeServer:
    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    @property
    def port(self) -> int:
        for line in (self.data / "postgresql.auto.conf").read_text(encoding="utf-8").splitlines():
            if line.startswith("port"):
                return int(line.split("=")[1].strip().strip("'"))
        return DEFAULT_PORT

    def url(self, host: str = "", password: str = "") -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{APP_ROLE}{secret}@{host or lan_address()}:{self.port}/{DATABASE}"

    def running(self) -> bool:
        if not self.data.exists():
            return False
        return subprocess.run([*_service_user(), tool("pg_ctl"), "-D", str(self.data), "status"],
                              capture_output=True).returncode == 0

    def start(self) -> None:
        self._exists()
        if not self.running():
            _run(tool("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._exists()
        if self.running():
            _run(tool("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def _exists(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            raise DeskError(f"{self.folder} 里没有数据库服务器。请先运行 server init {self.folder}。")


def lan_address() -> str:
    """This PC's address on the office network, as the other desks reach it."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))  # no packet is sent; picks the LAN interface
            return probe.getsockname()[0]
    except OSError:
        return "localhost"


def init_server(folder: Path, port: int = DEFAULT_PORT, password: str | None = None) -> tuple[OfficeServer, str]:
    """Make the cluster, open it to the LAN with passwords, create the app's role and database (with
    the schema), and leave it running. Returns the server and the app role's password."""
    server = OfficeServer(folder)
    if server.data.exists() and any(server.data.iterdir()):
        raise DeskError(f"{server.data} 已经有数据库服务器了；要启动它请用 server start {folder}。")
    password = password or os.environ.get(PASSWORD_ENV) or secrets.token_urlsafe(12)
    folder.mkdir(parents=True, exist_ok=True)
    _hand_over(folder)
    with tempfile.NamedTemporaryFile("w", delete=False, encoding="utf-8") as pwfile:
        pwfile.write(password)
    _hand_over(Path(pwfile.name))
    try:
        _run(tool("initdb"), "-D", str(server.data), "-U", ADMIN_ROLE, f"--pwfile={pwfile.name}", "-E", "UTF8",
             "--auth=scram-sha-256", "--locale=C.UTF-8" if sys.platform != "win32" else "--locale=C")
    finally:
        os.unlink(pwfile.name)
    with open(server.data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
        conf.write(f"port = {port}\nlisten_addresses = '*'\nunix_socket_directories = ''\n")
    with open(server.data / "pg_hba.conf", "a", encoding="utf-8") as hba:
        hba.write("# 金沙社区工作台：本机和办公室局域网内的电脑凭密码连接\n"
                  "host all all samenet scram-sha-256\n")
    server.start()
    _create_app_database(server, password)
    text = (f"数据库服务器：{server.folder}\n各台电脑连接：{server.url(password=password)}\n"
            f"（只给本办公室的工作人员；忘记时可在这台电脑上查看这个文件）\n")
    info = folder / CONNECTION_FILE
    info.write_text(text, encoding="utf-8")
    info.chmod(0o600)
    return server, password


def _create_app_database(server: OfficeServer, password: str) -> None:
    import psycopg
    from psycopg import sql

    from jinsha_desk.db.location import ServerAddress
    from jinsha_desk.db.server import open_server

    admin = f"postgresql://{ADMIN_ROLE}:{password}@localhost:{server.port}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEDB CREATEROLE PASSWORD {}").format(
            sql.Identifier(APP_ROLE), sql.Literal(password)))
        conn.execute(f"CREATE DATABASE {DATABASE} OWNER {APP_ROLE} ENCODING 'UTF8'")
    open_server(ServerAddress(server.url(host="localhost", password=password))).close()
