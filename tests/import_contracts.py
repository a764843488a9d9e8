"""import-linter contract types for the package's layering (``make lint`` runs them).

A sub-app is a child package of the root with an ``apps`` module (an ``AppConfig``). Both
contracts find the sub-apps in the import graph each time they run, so a new sub-app folder
(questions, consultation, agency…) is covered without editing the configuration:

* ``sub_apps_independence`` — no sub-app imports another, directly or through the core;
* ``core_without_sub_apps`` — no module of the core (every other child of the root) imports
  a sub-app.

Cycles inside each package are the built-in ``acyclic_siblings`` contract's job.
"""

from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.independence import IndependenceContract
from importlinter.domain import fields
from importlinter.domain.imports import ModuleExpression


def _children(graph, package):
    prefix = package + "."
    return {
        name for name in graph.modules if name.startswith(prefix) and "." not in name[len(prefix) :]
    }


def sub_apps(graph, package):
    return sorted(name for name in _children(graph, package) if f"{name}.apps" in graph.modules)


def core_modules(graph, package):
    return sorted(_children(graph, package) - set(sub_apps(graph, package)))


def _expressions(names):
    return {ModuleExpression(name) for name in names}


class SubAppsIndependenceContract(IndependenceContract):
    type_name = "sub_apps_independence"

    package = fields.StringField()
    modules = fields.SetField(subfield=fields.ModuleExpressionField(), required=False)

    def check(self, graph, verbose):
        self.modules = _expressions(sub_apps(graph, self.package))
        return super().check(graph, verbose)


class CoreWithoutSubAppsContract(ForbiddenContract):
    type_name = "core_without_sub_apps"

    package = fields.StringField()
    source_modules = fields.SetField(subfield=fields.ModuleExpressionField(), required=False)
    forbidden_modules = fields.SetField(subfield=fields.ModuleExpressionField(), required=False)

    def check(self, graph, verbose):
        self.source_modules = _expressions(core_modules(graph, self.package))
        self.forbidden_modules = _expressions(sub_apps(graph, self.package))
        return super().check(graph, verbose)
