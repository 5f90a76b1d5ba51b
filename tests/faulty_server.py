"""`wecontact server` with two faults planted, for tests/test_server_robustness.py: hover
always raises, and a lint job raises while an open document says PLANTED FAULT. A real
bug in one request or job must not take the server down; these stand in for one."""

from __future__ import annotations

from typing import NoReturn

from wecontact_cli.server import jobs, protocol

FAULT = "PLANTED FAULT"


def _broken_hover(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError("planted fault in hover")


_real_job = jobs._job


def _faulty_job(project, work, snapshot, encoding):  # type: ignore[no-untyped-def]
    if any(FAULT in document.text for document in snapshot.documents.values()):
        raise RuntimeError("planted fault in a lint job")
    return _real_job(project, work, snapshot, encoding)


if __name__ == "__main__":
    protocol.hover_markdown = _broken_hover  # type: ignore[assignment]
    jobs._job = _faulty_job  # type: ignore[assignment]
    protocol.serve()
