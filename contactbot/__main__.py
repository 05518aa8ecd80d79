from contactbot.cli import main

raise SystemExit(main())
