"""``assert_no_axe_violations(page)``: axe-core's WCAG 2.1 A and AA rules on the current page.

axe-core comes bundled with ``axe_playwright_python`` (nothing is downloaded at test time).
"""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def axe_violations(page, context=None):
    options = {
        "runOnly": {"type": "tag", "values": WCAG_21_A_AA},
        "resultTypes": ["violations"],
    }
    return _axe.run(page, context=context, options=options).response["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}")
    return "\n".join(lines)


def assert_no_axe_violations(page, context=None):
    violations = axe_violations(page, context)
    assert not violations, f"{page.url}\n{describe(violations)}"
