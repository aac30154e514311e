"""The frozen app's entry point: the same command line as the `jinsha-desk` script."""

from jinsha_desk.cli import main

raise SystemExit(main())
