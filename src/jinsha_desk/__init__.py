"""jinsha-desk: an offline desk for Chinese residential community offices."""

__version__ = "0.1.0"
