"""Household visits (入户走访), the needs they raise, and care follow-up."""
