"""Generated from forms/*.ui by forms/compile.py; never edited by hand."""
