"""The rule registry: every rule's documentation, and the checks that produce findings."""

from __future__ import annotations

from wecontact_cli.lint import suppressions
from wecontact_cli.lint.rules import attribute_docs, attributes, handlers, plugins, syntax

RULES = (*syntax.RULES, *plugins.RULES, *attribute_docs.RULES, *handlers.RULES, *suppressions.RULES)
RULES_BY_CODE = {rule.code: rule for rule in RULES}
UNIT_CHECKS = (syntax.check_unit, plugins.check_unit, attributes.check_unit, handlers.check_unit)
PROJECT_CHECKS = (syntax.check_project, plugins.check_project)
