"""The resident roster: rules for IDs, names, phones and dates, and queries over residents."""
