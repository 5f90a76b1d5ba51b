"""uni-app: manifest.json and pages.json (JSON with comments), .vue single-file components.

- ``config``: the two JSONC files as the WeChat build reads them (conditional compilation);
  ``project``: the neutral model from them; ``helper``: uni-helper's config modules instead;
- ``units``, ``attributes``, ``spelling``, ``dialects``: .vue pages and components, and each
  attribute of a cell as uni-app compiles it for WeChat;
- ``planner`` -> ``init``, ``add_page``, ``registration``, ``writing``: the writers;
- ``rules/``: the UA1xx dialect rules.
"""

from wecontact_cli.frameworks.markers import detect_uniapp
from wecontact_cli.frameworks.registry import Framework

FRAMEWORK = Framework("uni-app", detect_uniapp, "wecontact_cli.frameworks.uniapp.load:load",
                      "wecontact_cli.frameworks.uniapp.planner", "wecontact_cli.frameworks.uniapp.rules")
