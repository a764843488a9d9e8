"""MkDocs hook: the reference generated from the code, and a nav that tolerates pages in flight.

A page asks for a generated part with a comment on a line of its own::

    <!-- generated:settings -->

(or ``<!-- generated:settings-questions -->`` for one sub-app's settings) and the build puts
Markdown there, read from the package imported with the minimal site's
settings (``.ci/minimal_site``): every ``AppConf`` setting with its default and the comment
above it, every tag and filter of ``{% load wagtail_emulation %}`` with its docstring, the hook
names of ``wagtail_emulation/hooks.py``, the management commands and the system checks. An
unknown name, a setting without a comment or a tag without a docstring fails the build.
"""

import ast
import importlib
import inspect
import os
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wagtail_emulation"
MARKER = re.compile(r"^<!-- generated:([\w-]+) -->$", re.M)


def on_config(config):
    _setup_django()
    return config


def _setup_django():
    import django
    from django.conf import settings

    if settings.configured:
        return
    sys.path[:0] = [str(ROOT), str(ROOT / ".ci" / "minimal_site")]
    os.environ["DJANGO_SETTINGS_MODULE"] = "minimal_settings"
    django.setup()


def on_page_markdown(markdown, page, config, files):
    def generate(match):
        name = match.group(1)
        if name.startswith("settings-"):  # one sub-app's settings, for its own guide
            return generate_settings(f"wagtail_emulation.{name.removeprefix('settings-')}")
        if name not in GENERATORS:
            raise PluginError(f"{page.file.src_path}: no generated part called {name!r}")
        return GENERATORS[name]()

    return MARKER.sub(generate, markdown)


# Settings ------------------------------------------------------------------------------------


def _setting_groups(source, class_name):
    """``[(names, comment)]`` of a class body's upper-case assignments: a ``#`` comment block
    speaks for the assignments right under it, up to the next blank line or comment."""
    lines = source.splitlines()
    groups = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.ClassDef) and node.name == class_name):
            continue
        for item in node.body:
            if not (isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name)):
                continue
            name = item.targets[0].id
            if not name.isupper():
                continue
            above = lines[item.lineno - 2].strip()
            if groups and not above.startswith("#") and above and groups[-1][2] == item.lineno - 1:
                groups[-1][0].append(name)
                groups[-1][2] = item.end_lineno
                continue
            comment, number = [], item.lineno - 2
            while number >= 0 and lines[number].strip().startswith("#"):
                comment.insert(0, lines[number].strip().lstrip("#").strip())
                number -= 1
            groups.append([[name], " ".join(comment), item.end_lineno])
    return [(names, comment) for names, comment, _end in groups]


def _appconf_classes():
    """``(module, class name)`` of every ``AppConf`` in the package, in file order."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        source = path.read_text()
        if "AppConf" not in source:
            continue
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", None) == "AppConf" for base in node.bases
            ):
                module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
                found.append((module, node.name, source))
    return found


def _default(value):
    if isinstance(value, int) and not isinstance(value, bool) and value >= 3600:
        days, rest = divmod(value, 86400)
        if not rest and days:
            return f"`{value}` ({days} day{'s' if days > 1 else ''})"
    text = repr(value)
    return f"`{text}`" if len(text) < 80 else f"`{text[:76]}…`"


def _cell(text):
    return text.replace("|", "\\|")


def generate_settings(package=None):
    """Every app's settings; or only ``package``'s (``<!-- generated:settings-questions -->``)."""
    out = []
    for module_name, class_name, source in _appconf_classes():
        if package and not module_name.startswith(package + "."):
            continue
        conf = getattr(importlib.import_module(module_name), class_name)
        out += [
            f"### `{module_name}`",
            "",
            "| Setting | Default | Meaning |",
            "| --- | --- | --- |",
        ]
        for names, comment in _setting_groups(source, class_name):
            if not comment:
                raise PluginError(f"{module_name}.{class_name}.{names[0]} has no comment above it")
            full = [conf._meta.names[name] for name in names]
            settings = "<br>".join(f"`{name}`" for name in full)
            defaults = "<br>".join(_default(conf._meta.defaults[name]) for name in full)
            out.append(f"| {settings} | {_cell(defaults)} | {_cell(comment)} |")
        out.append("")
    if not out:
        raise PluginError(f"no settings in {package}")
    return "\n".join(out)


# Template tags -------------------------------------------------------------------------------


def _signature(function):
    function = inspect.unwrap(function)
    parameters = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.name not in {"context", "parser", "token"}
    ]
    return " ".join(
        p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.default!r}"
        for p in parameters
    )


def _doc(function, what):
    doc = inspect.getdoc(inspect.unwrap(function))
    if not doc:
        return "(see above)"
    return " ".join(doc.split("\n\n")[0].split())


def _rst_to_md(text):
    text = re.sub(r":\w+:`~?([^`]+)`", r"`\1`", text)
    return text.replace("``", "`")


def generate_template_tags():
    from django.template.backends.django import get_installed_libraries
    from django.template.library import import_library

    library = import_library(get_installed_libraries()["wagtail_emulation"])
    out = ["| Tag | Arguments | What it does | Defined in |", "| --- | --- | --- | --- |"]
    for name, function in sorted(library.tags.items()):
        unwrapped = inspect.unwrap(function)
        out.append(
            f"| `{{% {name} %}}` | {_cell(_signature(function))} | "
            f"{_cell(_rst_to_md(_doc(function, 'tag ' + name)))} | `{unwrapped.__module__}` |"
        )
    out += ["", "| Filter | What it does | Defined in |", "| --- | --- | --- |"]
    for name, function in sorted(library.filters.items()):
        out.append(
            f"| `{name}` | {_cell(_rst_to_md(_doc(function, 'filter ' + name)))} | "
            f"`{inspect.unwrap(function).__module__}` |"
        )
    return "\n".join(out) + "\n"


# Hooks ---------------------------------------------------------------------------------------


def generate_hooks():
    source = (PACKAGE / "hooks.py").read_text()
    lines = source.splitlines()
    out = ["| Constant | Hook name | Registered function |", "| --- | --- | --- |"]
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)):
            continue
        comment, number = [], node.lineno - 2
        while number >= 0 and lines[number].startswith("#:"):
            comment.insert(0, lines[number][2:].strip())
            number -= 1
        if not comment:
            raise PluginError(f"hooks.{node.targets[0].id} has no #: comment above it")
        text = _rst_to_md(" ".join(comment))
        out.append(f"| `{node.targets[0].id}` | `{node.value.value}` | {_cell(text)} |")
    return "\n".join(out) + "\n"


# Management commands -------------------------------------------------------------------------


def generate_commands():
    out = ["| Command | App | What it does |", "| --- | --- | --- |"]
    for path in sorted(PACKAGE.rglob("management/commands/*.py")):
        if path.name == "__init__.py":
            continue
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        command = importlib.import_module(module).Command
        if not command.help:
            raise PluginError(f"{module}.Command has no help")
        app = module.split(".management")[0]
        out.append(f"| `{path.stem}` | `{app}` | {_cell(' '.join(str(command.help).split()))} |")
    return "\n".join(out) + "\n"


# System checks -------------------------------------------------------------------------------


def _text(node):
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "…" for part in node.values
        )
    return "…"


def generate_checks():
    rows = []
    for path in sorted(PACKAGE.rglob("*checks.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in {"Error", "Warning", "Critical", "Info", "Debug"}:
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            if "id" not in keywords:
                continue
            message = _text(node.args[0]) if node.args else ""
            hint = _text(keywords["hint"]) if "hint" in keywords else ""
            rows.append((_text(keywords["id"]), node.func.attr, message, hint))
    out = ["| Id | Level | Message | Hint |", "| --- | --- | --- | --- |"]
    for check_id, level, message, hint in sorted(rows):
        out.append(f"| `{check_id}` | {level} | {_cell(message)} | {_cell(hint)} |")
    return "\n".join(out) + "\n"


# The changelog -------------------------------------------------------------------------------


def generate_changelog():
    text = (ROOT / "CHANGELOG.md").read_text()
    return text.split("\n", 1)[1]  # the page has its own title


GENERATORS = {
    "settings": generate_settings,
    "template-tags": generate_template_tags,
    "hooks": generate_hooks,
    "commands": generate_commands,
    "checks": generate_checks,
    "changelog": generate_changelog,
}
