"""Developer tools that write the package's generated files (run from the repository: ``python tools/NAME.py``)."""
