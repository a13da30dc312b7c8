from ._app import main

raise SystemExit(main())
