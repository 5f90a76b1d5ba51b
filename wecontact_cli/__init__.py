"""wecontact: wire, scaffold and lint WeCom's "Contact Me" plugin in WeChat mini-programs."""

__version__ = "0.1.0"
