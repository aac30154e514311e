"""Printable documents (PDF, reportlab): fonts, page furniture, one module per document."""
