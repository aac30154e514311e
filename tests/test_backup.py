import datetime as dt

from jinsha_desk.db.backup import backup_database, list_backups, prune_backups


def make_backup(folder, stem, taken, source):
    path = folder / f"{stem}-{taken:%Y%m%d-%H%M%S}-daily.db"
    path.write_bytes(source.read_bytes())
    return path


def test_ten_days_then_one_a_month_for_a_year(db, db_path, data_home):
    kept = backup_database(db, db_path)
    folder = kept.parent
    now = dt.datetime(2026, 11, 23, 12, 0)
    recent = [make_backup(folder, db_path.stem, now - dt.timedelta(days=d), kept) for d in (1, 5, 9)]
    october_new = make_backup(folder, db_path.stem, dt.datetime(2026, 10, 20), kept)
    october_old = make_backup(folder, db_path.stem, dt.datetime(2026, 10, 2), kept)
    march = make_backup(folder, db_path.stem, dt.datetime(2026, 3, 15), kept)
    too_old = make_backup(folder, db_path.stem, dt.datetime(2025, 10, 1), kept)
    partial = folder / f"{db_path.stem}-20261123-000000-daily.db.partial"
    partial.write_bytes(b"cut short")
    removed = prune_backups(folder, db_path.stem, now=now)
    assert set(removed) == {october_old, too_old, partial}
    assert {october_new, march, *recent} <= set(list_backups(db_path))
