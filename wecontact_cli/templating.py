"""Jinja templates: the built-in ones, overridable per project, strict about undefined names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.messages import msg

PROJECT_TEMPLATES = Path(".wecontact") / "templates"


def builtin_templates() -> Path:
    """The templates shipped with wecontact (inside the wheel, or the checkout's templates/)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
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
        """Render a template; an undefined variable or a syntax error is a clear error."""
        import jinja2

        if self._env is None:
            self._env = jinja2.Environment(
                loader=jinja2.FileSystemLoader([str(f) for f in self.folders]),
                undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False)
        try:
            return self._env.get_template(name).render(**context)
        except jinja2.TemplateNotFound:
            raise WecontactError(msg("templates.not_found", name=name,
                                     folders=", ".join(map(str, self.folders)))) from None
        except jinja2.TemplateSyntaxError as exc:
            raise WecontactError(msg("templates.syntax", detail=exc.message),
                                 Location(Path(exc.filename or name), exc.lineno)) from None
        except jinja2.UndefinedError as exc:
            raise WecontactError(msg("templates.undefined", name=name, detail=exc.message)) from None
