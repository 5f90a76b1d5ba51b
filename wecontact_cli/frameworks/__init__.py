"""Frameworks: where a project's framework is decided, and each framework's own knowledge.

A framework (native, uni-app, Taro) knows where its files are, how they spell the contact
plugin's declaration, registration, element and handlers, and how to plan writes to them.
Everything outside this package works on the neutral model (``wecontact_cli.model``).

Adding a framework is adding a package here; nothing else lists it:

- ``frameworks/<name>/__init__.py`` defines ``FRAMEWORK = Framework(name, detector, loader,
  planner, rules)`` (``registry.Framework``). The registry finds every package that defines
  one. Its detector also goes in ``markers.BUILTIN_DETECTORS`` when the order of detection
  matters (frameworks that build a native-looking tree come before native).
- the loader (``"module:function"``) turns a ``detect.Detection`` into a ``model.Project``
  subclass: declarations, subpackages, routes, global registrations and the project-level
  ``problems`` are filled eagerly (set ``readable=False`` when the app configuration cannot
  be read); ``unit_refs()`` lists small picklable records, one per page or component, and
  ``load_unit(ref)`` returns a ``model.Unit`` subclass that reads its config at once and its
  view and script lazily: ``problems()``, ``cells(extra)``, ``comments()``,
  ``handler_status(attr)`` (and, optionally, ``surely_defined()``: the methods a skim of a
  plain script proves without the full analysis), ``handler_home()``, ``reread_cell(cell,
  edits)``, ``view_file()``, ``config_file()``. ``texts`` collects every file read (for
  positions).
  For the editor (``wecontact server``) a unit also says ``script_file()``, ``handlers()``,
  ``event_attribute(event)`` (its spelling of an event binding) and ``suppression_edit(path,
  line, codes)`` (its comment syntax, ``model.unit.directive_above`` does the layout).
- the planner module defines ``plan_init(project, alias=, version=, subpackage=) ->
  scaffold.plans.InitPlan``, ``plan_add_page(project, request) -> AddPagePlan`` and
  ``declaration_fix(project, alias)`` (WC101's fix where the framework declares plugins,
  asked through ``scaffold.declaration_fix``); it checks the button's options with ``scaffold.options.refuse_like_lint`` and renders code
  from ``templates/<name>/`` through ``scaffold.templating.Templates``.
- the rules package (``frameworks/<name>/rules/``, families as sub-packages like
  ``lint/rules/``) holds its dialect rules: mistakes of its own syntax only, each a module
  with ``RULE = Rule(..., frameworks=("<name>",))``. The loader marks such an attribute
  ``AttrUse.dialect`` so that the generic rules leave it to the dialect rule.
"""
