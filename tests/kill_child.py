"""Run by tests/test_safety.py in a child process: start a piece of work, say MIDWAY when it is half
done, then wait to be killed. The parent kills it with SIGKILL at that moment."""

import sys
from pathlib import Path


def midway() -> None:
    print("MIDWAY", flush=True)
    sys.stdin.read()  # never answered: the parent kills us here


def main(mode: str, db_path: str, extra: str) -> None:
    from jinsha_desk.db.connection import open_database

    db = open_database(db_path)
    if mode == "import":
        from jinsha_desk.importing.importer import import_rosters

        def progress(fraction: float, text: str) -> None:
            if "搜索索引" in text:  # every new resident is written, the transaction still open
                midway()

        import_rosters([Path(extra)], progress=progress)
    elif mode == "edit":
        import jinsha_desk.roster.editing as editing
        from jinsha_desk.models import Resident

        resident = Resident.get(Resident.id_number == extra)
        data = editing.resident_input(resident.id)
        data.phone = "13900000000"
        data.building = "99"
        editing.refresh_search_text = lambda ids: midway()  # the resident row is already updated
        editing.update_resident(resident.id, data)
    elif mode == "backup":
        from jinsha_desk.db.backup import backup_database

        def progress(status: int, remaining: int, total: int) -> None:
            if 0 < remaining < total:
                midway()

        backup_database(db, Path(db_path), reason="killed", progress=progress)


if __name__ == "__main__":
    main(*sys.argv[1:4])
