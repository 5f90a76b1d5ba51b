"""Taro 3/4: app and page configs as JS/TS modules, views in JSX/TSX or Vue 3."""

from wecontact_cli.frameworks.markers import detect_taro
from wecontact_cli.frameworks.registry import Framework

FRAMEWORK = Framework("taro", detect_taro, "wecontact_cli.frameworks.taro.project:load",
                      "wecontact_cli.frameworks.taro.planner", "wecontact_cli.frameworks.taro.rules")
