from jinsha_desk.cli import main

raise SystemExit(main())
