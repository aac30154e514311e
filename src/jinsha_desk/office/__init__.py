"""The community office itself: its profile (names, codes, who signs returns), its grids and staff."""
