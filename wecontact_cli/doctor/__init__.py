"""``wecontact doctor``: the project's contact-plugin integration on one screen.

``report`` builds the data from one lint run of each project; ``render`` prints it (JSON,
plain text, or a rich tree on a terminal). Nothing here reads a file itself.
"""

from wecontact_cli.doctor.render import print_rich, render_json, render_json_many, render_plain
from wecontact_cli.doctor.report import DoctorReport, build_reports

__all__ = ["DoctorReport", "build_reports", "print_rich", "render_json", "render_json_many", "render_plain"]
