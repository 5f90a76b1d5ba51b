"""wecontact: wire, scaffold and lint WeCom's "Contact Me" plugin in WeChat mini-programs."""

from wecontact_cli.module_finder import install as _install_finder

__version__ = "0.1.0"

_install_finder(__name__)  # the package's own modules load in about half the time (module_finder.py)
