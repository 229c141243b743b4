import sys

from invigilator.cli import main

sys.exit(main())
