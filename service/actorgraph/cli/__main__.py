import sys

from actorgraph.cli import main

sys.exit(main())
