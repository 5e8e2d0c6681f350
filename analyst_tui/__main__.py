from analyst_tui.cli import main

raise SystemExit(main())
