"""JUnit XML: one test case per document; it fails (one <failure>, listing them all) when it has findings at or
above `fail_on` that are new (not in the baseline, when one is given).

CI dashboards that read JUnit then show each article as a passing or failing test; `failures` counts the failing
test cases, as JUnit readers expect. Input files that could not be read are test cases with an <error>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..types import AuditResult
from .common import ReportOptions, at_or_above, is_new, pair_texts, primary_location, sort_findings

# characters XML 1.0 cannot carry, even escaped
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text) -> str:
    return _ILLEGAL_XML.sub("\ufffd", "" if text is None else str(text))


def format_junit(result: AuditResult, options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    suite = ET.Element("testsuite", name="mtaudit")
    n_fail = n_err = 0
    for dr in result.documents:
        doc = dr.document
        case = ET.SubElement(suite, "testcase", classname="mtaudit", name=_x(doc.id), file=_x(primary_path(dr, options)))
        above = [f for f in sort_findings(dr.findings) if at_or_above(f, options.fail_on)]
        failing = [f for f in above if is_new(f, doc.id, options)]
        blocks = []
        for f in failing:
            loc = primary_location(dr, f, options.base_dir)
            where = f"{loc.path}:{loc.line}:{loc.col}" if loc.line is not None else loc.path
            ko, en = pair_texts(dr, f)
            body = [f"{where}: [{f.severity.value}] {f.rule_id}: {f.message}"]
            if f.suggestion:
                body.append(f"suggestion: {f.suggestion}")
            if ko:
                body.append(f"ko: {ko}")
            if en:
                body.append(f"en: {en}")
            body.append(f"fingerprint: {f.fingerprint(doc.id)}")
            blocks.append("\n".join(body))
        if failing:
            first = failing[0]
            what = "new finding" if options.baseline is not None else "finding"
            message = f"{len(failing)} {what}(s) at or above {options.fail_on.value}; first: {first.rule_id}: {first.message}"
            el = ET.SubElement(case, "failure", message=_x(message), type=_x(first.rule_id))
            el.text = _x("\n\n".join(blocks))
            n_fail += 1
        known = len(above) - len(failing)
        if dr.suppressed or len(above) < len(dr.findings) or known:
            out = ET.SubElement(case, "system-out")
            out.text = _x(
                f"{len(dr.findings) - len(above)} finding(s) below {options.fail_on.value}; "
                + (f"{known} known from the baseline; " if known else "")
                + f"{len(dr.suppressed)} suppressed by reviewer decisions"
            )
    for err in result.errors:
        case = ET.SubElement(suite, "testcase", classname="mtaudit", name=_x(err.path), file=_x(err.path))
        el = ET.SubElement(case, "error", message=_x(err.message), type="input")
        el.text = _x(str(err))
        n_err += 1
    suite.set("tests", str(len(result.documents) + len(result.errors)))
    suite.set("failures", str(n_fail))
    suite.set("errors", str(n_err))
    props = ET.Element("properties")
    ET.SubElement(props, "property", name="signature", value=_x(result.signature))
    ET.SubElement(props, "property", name="fail_on", value=options.fail_on.value)
    suite.insert(0, props)
    root = ET.Element("testsuites", name="mtaudit", tests=suite.get("tests"), failures=suite.get("failures"), errors=suite.get("errors"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def primary_path(dr, options: ReportOptions) -> str:
    from .common import display_path

    return display_path(dr.document.path, options.base_dir)
