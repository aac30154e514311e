"""Deliberation (议事协商): topics through their four steps, meetings, agendas and minutes."""
