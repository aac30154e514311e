"""The community database: connection, schema versions, backups."""
