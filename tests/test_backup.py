import datetime as dt

from jinsha_desk.db.backup import backup_database, list_backups, prune_backups


def test_backups_older_than_ten_days_are_pruned(db, db_path, data_home):
    kept = backup_database(db, db_path)
    folder = kept.parent
    old = folder / f"{db_path.stem}-{(dt.datetime.now() - dt.timedelta(days=11)):%Y%m%d-%H%M%S}-manual.db"
    recent = folder / f"{db_path.stem}-{(dt.datetime.now() - dt.timedelta(days=9)):%Y%m%d-%H%M%S}-manual.db"
    old.write_bytes(kept.read_bytes())
    recent.write_bytes(kept.read_bytes())
    removed = prune_backups(folder, db_path.stem)
    assert removed == [old]
    assert set(list_backups(db_path)) == {kept, recent}
