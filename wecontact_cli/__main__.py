"""Allow ``python -m wecontact_cli``."""

from wecontact_cli.cli import run

if __name__ == "__main__":
    run()
