"""The generic rules, one module per rule, grouped by family (files, plugins, cell,
handlers, suppressions). They judge the neutral model, so they run unchanged on every
framework; a framework's own dialect rules live in ``frameworks/<name>/rules/``.
``lint/registry.py`` finds them all."""
