"""Native mini-programs: app.json, and each page's .json, .wxml and .js/.ts."""

from wecontact_cli.frameworks.markers import detect_native
from wecontact_cli.frameworks.registry import Framework

FRAMEWORK = Framework("native", detect_native, "wecontact_cli.frameworks.native.project:load",
                      "wecontact_cli.frameworks.native.planner")
