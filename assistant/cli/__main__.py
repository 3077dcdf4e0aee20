"""`python -m assistant.cli`."""

import sys

from assistant.cli import main

sys.exit(main())
