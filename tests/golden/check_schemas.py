#!/usr/bin/python3
"""Checks the schemas themselves: vanban.schema.json is a valid JSON Schema 2020-12, and both schemas
accept the date and deadline forms of the contract and refuse malformed ones (a schema that accepts
everything would let every golden test pass).

  /usr/bin/python3 tests/golden/check_schemas.py schemas
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

GOOD_DATES = ["2024-05-25", "2026-06", "2026", "XXXX-12-15"]
BAD_DATES = ["2024-5-25", "2024-13-01", "2024-05-32", "25/5/2024", "", "XXXX-12", "2026-Q2"]
GOOD_DEADLINES = GOOD_DATES + ["2026-Q2", "2026-H1", "XXXX-12", "XXXX-XX-05"]
BAD_DEADLINES = ["2026-Q5", "2026-H3", "Q2/2026", "2026-06-", "sớm", "XXXX-XX-32"]


def minimal_json():
    return {
        "schema_version": "1.0", "source": "a.md", "format": "markdown",
        "metadata": {
            "doc_type": None, "doc_type_code": None, "number": None, "symbol": None, "number_symbol": None,
            "issuer": None, "parent_issuer": None, "place": None, "issue_date": None, "title": None,
            "signer": {"authority": None, "position": None, "name": None, "location": {}},
            "recipients": [], "addressees": [], "draft": False, "secrecy": None, "urgency": None, "inferred": [],
        },
        "preamble": [], "sections": [], "footnotes": [], "references": [], "deadlines": [], "tasks": [],
        "front": [], "closing": [], "appendices": [], "diagnostics": [],
    }


def with_deadline(doc, value):
    doc["deadlines"] = [{"text": "trước ngày 25/5/2026", "value": value, "kind": "before", "path": "II.1",
                         "sentence": "…", "assignee": None, "location": {"line": 3, "column": 1}}]
    return doc


def check_json(schema_path, problems):
    import jsonschema
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)

    def expect(doc, valid, what):
        ok = v.is_valid(doc)
        if ok != valid:
            problems.append(f"JSON schema {'refuses' if valid else 'accepts'} {what}")

    expect(minimal_json(), True, "the minimal document")
    for d in GOOD_DATES:
        doc = minimal_json(); doc["metadata"]["issue_date"] = d
        expect(doc, True, f"issue_date {d!r}")
    for d in BAD_DATES:
        doc = minimal_json(); doc["metadata"]["issue_date"] = d
        expect(doc, False, f"issue_date {d!r}")
    for d in GOOD_DEADLINES:
        expect(with_deadline(minimal_json(), d), True, f"deadline value {d!r}")
    for d in BAD_DEADLINES:
        expect(with_deadline(minimal_json(), d), False, f"deadline value {d!r}")
    doc = minimal_json(); del doc["metadata"]
    expect(doc, False, "a document without metadata")
    doc = minimal_json(); doc["metadata"]["title"] = 5
    expect(doc, False, "a numeric title")
    doc = minimal_json(); doc["schema_version"] = "0.9"
    expect(doc, False, "another schema_version")
    doc = minimal_json(); doc["sections"] = [{"label": "I.", "key": "I", "kind": "roman", "path": "I", "title": "T",
                                              "level": 1, "location": {"line": 0}, "blocks": [], "children": []}]
    expect(doc, False, "a location with line 0")


XML_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<document schema_version="1.0"><source>a.md</source><format>markdown</format>
<metadata>{issue_date}<signer><location/></signer><recipients/><addressees/><draft>false</draft><inferred/></metadata>
<preamble/><sections/><footnotes/><references/>
<deadlines>{deadline}</deadlines><tasks/><front/><closing/><appendices/><diagnostics/></document>
"""


def xml_doc(issue_date=None, deadline=None):
    return XML_TEMPLATE.format(
        issue_date=f"<issue_date>{issue_date}</issue_date>" if issue_date is not None else "",
        deadline=(f"<deadline><text>x</text><value>{deadline}</value><kind>before</kind><path/><sentence/>"
                  f"<location line=\"3\"/></deadline>") if deadline is not None else "")


def check_xml(xsd_path, problems):
    with tempfile.TemporaryDirectory(prefix="vanban-xsd-") as tmp:
        def expect(text, valid, what):
            f = Path(tmp) / "d.xml"
            f.write_text(text, encoding="utf-8")
            run = subprocess.run(["xmllint", "--schema", str(xsd_path), "--noout", str(f)], capture_output=True)
            if (run.returncode == 0) != valid:
                problems.append(f"XSD {'refuses' if valid else 'accepts'} {what}: "
                                f"{run.stderr.decode('utf-8', 'replace').strip()}")

        expect(xml_doc(), True, "the minimal document")
        for d in GOOD_DATES:
            expect(xml_doc(issue_date=d), True, f"issue_date {d!r}")
        for d in BAD_DATES:
            expect(xml_doc(issue_date=d), False, f"issue_date {d!r}")
        for d in GOOD_DEADLINES:
            expect(xml_doc(deadline=d), True, f"deadline value {d!r}")
        for d in BAD_DEADLINES:
            expect(xml_doc(deadline=d), False, f"deadline value {d!r}")
        expect(xml_doc().replace('schema_version="1.0"', 'schema_version="0.9"'), False, "another schema_version")
        expect(xml_doc().replace("<draft>false</draft>", ""), False, "metadata without draft")


def main():
    schemas = Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")
    problems = []
    check_json(schemas / "vanban.schema.json", problems)
    check_xml(schemas / "vanban.xsd", problems)
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    if not problems:
        print("ok: schemas accept the contract's forms and refuse malformed ones")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
