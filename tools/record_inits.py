"""Write wecontact_cli/_record_inits.py: the ``__init__`` of every record the package declares,
so that a run loads their code compiled instead of compiling each on first use.

    python tools/record_inits.py           # write the module
    python tools/record_inits.py --check   # exit 1 if it is not current

Run it after adding a record or changing a record's fields (tests/test_record_inits.py fails
until then: the record still works, only its ``__init__`` is compiled at run time again).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools._generated import check_or_write  # noqa: E402
from wecontact_cli.records import init_key, init_source  # noqa: E402

MODULE = ROOT / "wecontact_cli" / "_record_inits.py"


def record_classes() -> list[type]:
    """Every record class declared at the top level of a module of the package (every .py
    file: ``pkgutil`` does not go into a folder without ``__init__.py``, as ``lint`` is)."""
    found = []
    package = ROOT / "wecontact_cli"
    for path in sorted(package.rglob("*.py")):
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        found.extend(value for value in vars(module).values()
                     if isinstance(value, type) and "__record_fields__" in value.__dict__
                     and value.__module__ == module.__name__)
    return found


HEADER = '''"""The ``__init__`` of every record of the package (``records.init_source``), compiled with it.

Written by ``python tools/record_inits.py``: do not edit. Compiling an ``__init__`` when its
record is first made took about 150 us a record, 40 to 60 records a lint: 5 to 9 ms of every
run, 3 to 4 more in each of its worker processes. ``records`` takes a record's code from here
by its ``init_key`` (the names these functions use, ``_object_setattr``, ``_HAS_FACTORY`` and
``_factory_N``, are the globals it gives that code) and compiles only what is not here: a
record changed since, which tests/test_record_inits.py reports until the tool is run again.
"""

INITS = {}
'''


def inits_module(keys: Iterable[str]) -> str:
    """The text of ``_record_inits``: the ``__init__`` of each key (``records.init_source``),
    in the order of their keys, each put in ``INITS`` under its key."""
    parts = [HEADER]
    for key in sorted(set(keys)):
        parts.append(f"\n\n{init_source(key)}INITS[{key!r}] = __init__\n")
    return "".join(parts) + "\ndel __init__\n"


def expected() -> str:
    """The module's text as the package's records make it now."""
    return inits_module(init_key(cls) for cls in record_classes())


def main(argv: list[str]) -> int:
    return check_or_write(MODULE, expected().encode("utf-8"), ROOT, "python tools/record_inits.py", "--check" in argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
