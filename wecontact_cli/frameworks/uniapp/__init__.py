"""uni-app: manifest.json and pages.json (JSON with comments), .vue single-file components."""

from wecontact_cli.frameworks.markers import detect_uniapp
from wecontact_cli.frameworks.registry import Framework

FRAMEWORK = Framework("uni-app", detect_uniapp, "wecontact_cli.frameworks.uniapp.project:load",
                      "wecontact_cli.frameworks.uniapp.planner", "wecontact_cli.frameworks.uniapp.rules")
