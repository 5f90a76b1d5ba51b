"""Allow ``python -m wecontact_cli``."""

from wecontact_cli.cli import main

if __name__ == "__main__":
    main()
