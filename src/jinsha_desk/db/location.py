"""Where a desk's data lives: a database file on this PC (the default), or a PostgreSQL server named
by a URL (postgresql://user@host:5432/jinsha) when an office outgrows one PC. A URL is never taken
for a file name: ``--db postgresql://…`` once quietly made a folder called ``postgresql:``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from jinsha_desk.errors import DeskError

SERVER_SCHEMES = ("postgresql", "postgres")
INSTALL_HINT = 'pip install -e ".[server]"（或 pip install "psycopg[binary]"）'


@dataclass(frozen=True)
class ServerAddress:
    url: str

    @property
    def parts(self):
        return urlsplit(self.url)

    @property
    def shown(self) -> str:
        """The address as it may be shown and logged: the password left out."""
        parts = self.parts
        host = parts.hostname or "localhost"
        user = f"{parts.username}@" if parts.username else ""
        port = f":{parts.port}" if parts.port else ""
        return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, "", ""))

    def signed_in_as(self, user: str, password: str = "") -> ServerAddress:
        """The same server and database under another account."""
        parts = self.parts
        host = parts.netloc.split("@")[-1]
        secret = f":{quote(password, safe='')}" if password else ""
        return ServerAddress(parts._replace(netloc=f"{quote(user, safe='')}{secret}@{host}").geturl())

    @property
    def database(self) -> str:
        return self.parts.path.lstrip("/")

    def __str__(self) -> str:
        return self.shown


Location = Path | ServerAddress


def parse_location(text: str | Location) -> Location:
    """A --db value or a saved connection: a ServerAddress for a postgresql:// URL, else a file path."""
    if isinstance(text, Path | ServerAddress):
        return text
    if "://" not in text:
        return Path(text)
    scheme = text.split("://", 1)[0].lower()
    if scheme not in SERVER_SCHEMES:
        raise DeskError(f"不认识的数据库地址“{text}”：--db 可以是数据库文件，或 postgresql://用户@服务器:5432/数据库名。")
    address = ServerAddress(text)
    try:
        address.parts.port  # noqa: B018  (a port that is not a number raises here)
    except ValueError:
        raise DeskError(f"数据库服务器地址“{address.shown}”的端口不是数字。") from None
    if not address.database:
        raise DeskError(f"数据库服务器地址“{address.shown}”没有写数据库名，应写成 postgresql://用户@服务器:5432/jinsha。")
    return address


def is_server(location: Location) -> bool:
    return isinstance(location, ServerAddress)
