"""Jinja templates: the built-in ones, overridable per project, strict about undefined names.

Project templates (``.wecontact/templates/*.j2``) come with the project being edited, so
they are data, not code: every template renders in Jinja's immutable sandbox, which
refuses Python internals (``cycler.__init__.__globals__``...) and methods that mutate.
Template files are read as every source is (UTF-8, a located error otherwise) and never
from outside their folder.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any, Callable

from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.text.source import read_source

PROJECT_TEMPLATES = Path(".wecontact") / "templates"
_RENDER_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, RecursionError)
"""What a template's own expressions can raise (1/0, 'a' + 1, a recursive macro...)."""


def builtin_templates() -> Path:
    """The templates shipped with wecontact (inside the wheel, or the checkout's templates/)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise WecontactError(msg("templates.missing"))


class Templates:
    """Renders templates from the first folder that has them: option, project, built-in."""

    def __init__(self, project_root: Path, override: Path | None = None):
        folders = []
        if override is not None:
            if not override.is_dir():
                raise WecontactError(msg("templates.no_folder"), Location(override))
            folders.append(override)
        if (project_root / PROJECT_TEMPLATES).is_dir():
            folders.append(project_root / PROJECT_TEMPLATES)
        folders.append(builtin_templates())
        self.folders = folders
        self._env: Any = None

    def render(self, name: str, **context: Any) -> str:
        """Render a template in the sandbox; every failure is a clear error naming the template."""
        import jinja2

        try:
            return self._environment().get_template(name).render(**context)
        except jinja2.TemplateNotFound as exc:
            raise WecontactError(msg("templates.not_found", name=exc.name or name,
                                     folders=", ".join(map(str, self.folders)))) from None
        except jinja2.TemplateSyntaxError as exc:
            raise WecontactError(msg("templates.syntax", detail=exc.message),
                                 Location(Path(exc.filename or name), exc.lineno)) from None
        except jinja2.exceptions.SecurityError as exc:
            raise WecontactError(msg("templates.unsafe", name=name, detail=str(exc).rstrip(".")),
                                 self._location(exc)) from None
        except jinja2.UndefinedError as exc:
            raise WecontactError(msg("templates.undefined", name=name, detail=exc.message),
                                 self._location(exc)) from None
        except (jinja2.TemplateError, *_RENDER_ERRORS) as exc:
            raise WecontactError(msg("templates.failed", name=name, detail=f"{type(exc).__name__}: {exc}"),
                                 self._location(exc)) from None

    def _environment(self) -> Any:
        """The sandboxed environment (jinja2 is imported only by add-page, when it renders)."""
        if self._env is None:
            import jinja2
            from jinja2.sandbox import ImmutableSandboxedEnvironment

            self._env = ImmutableSandboxedEnvironment(
                loader=jinja2.FunctionLoader(self._load), undefined=jinja2.StrictUndefined,
                keep_trailing_newline=True, autoescape=False)
        return self._env

    def _load(self, name: str) -> tuple[str, str, Callable[[], bool]] | None:
        """A template's text from the first folder that has it (Jinja's FunctionLoader protocol)."""
        from jinja2.loaders import split_template_path

        pieces = split_template_path(name)  # refuses '..': TemplateNotFound
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if not path.is_file():
                continue
            real, real_folder = path.resolve(), folder.resolve()
            if real_folder not in real.parents:
                raise WecontactError(msg("templates.outside", name=name), Location(path))
            return read_source(path, real_folder).text, str(path), lambda: True
        return None

    def _location(self, exc: BaseException) -> Location | None:
        """The template file and line where rendering failed (Jinja rewrites the traceback so)."""
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            path = Path(frame.filename)
            if any(folder in path.parents for folder in self.folders):
                return Location(path, frame.lineno)
        return None
