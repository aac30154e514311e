"""Reading the rosters community offices already keep, and bringing them into the database."""
