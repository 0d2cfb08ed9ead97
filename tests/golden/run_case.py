#!/usr/bin/python3
"""Golden test of one case: converts tests/golden/<case>.<md|txt|docx|pdf|doc> to JSON and XML with
`vanban convert --pretty --today=TODAY [the arguments in <case>.args]` and compares each output byte for byte with <case>.json / <case>.xml.
On a mismatch it prints a unified diff. With VANBAN_ACCEPT=1 it rewrites the expectations instead.
Either way, the expected files are then validated: JSON against schemas/vanban.schema.json
(jsonschema.Draft202012Validator), XML against schemas/vanban.xsd (xmllint --schema), and the XML is
mapped back to JSON to check that both carry the same information.

Run by ctest (tests/CMakeLists.txt); by hand:
  /usr/bin/python3 tests/golden/run_case.py --vanban build/vanban --schemas schemas tests/golden/<case>.md
"""
import argparse
import difflib
import json
import os
import subprocess
import sys
from pathlib import Path


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    return 1


# The linter's "today" (convert writes "validation"): fixed, so that a future-date finding does not depend on
# the day the test runs.
TODAY = "2026-12-01"


# A case needing an engine that is not installed (LibreOffice for .doc, Tesseract for --ocr, Poppler at build
# time for PDF) is skipped with this exit code (ctest: SKIP_RETURN_CODE), the reason printed.
SKIP = 77
MISSING_ENGINE = ("[pdf.unsupported]", "[pdf.ocr-unavailable]", "[doc.libreoffice-missing]")


class Skip(Exception):
    pass


def case_arguments(case):
    """<case>.args: extra command-line arguments of a case, one a line (a scanned PDF's --ocr)."""
    args = case.with_suffix(".args")
    return args.read_text(encoding="utf-8").split() if args.exists() else []


def convert(vanban, case, to):
    """Runs vanban in the case's folder on the bare file name, so "source" does not depend on the checkout."""
    cmd = [vanban, "convert", "--pretty", f"--today={TODAY}", "-t", to, *case_arguments(case), case.name]
    run = subprocess.run(cmd, cwd=case.parent, capture_output=True, timeout=120)
    stderr = run.stderr.decode("utf-8", "replace")
    if run.returncode == 4 and any(code in stderr for code in MISSING_ENGINE):
        raise Skip(f"SKIP: {case.name} needs an engine that is not installed here (scripts/install-deps installs "
                   f"it):\n{stderr.strip()}")
    if run.returncode != 0:
        raise RuntimeError(
            f"`{' '.join(cmd)}` (in {case.parent}) exited with {run.returncode}\n"
            f"--- stderr ---\n{run.stderr.decode('utf-8', 'replace')}")
    return run.stdout


def show_diff(expected_path, expected, actual):
    diff = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"{expected_path} (expected)", tofile="vanban output (actual)", n=3)
    lines = list(diff)
    limit = 400
    sys.stderr.writelines(lines[:limit])
    if len(lines) > limit:
        print(f"\n... {len(lines) - limit} more diff lines", file=sys.stderr)


def changed_fields(a, b, path="$", out=None, limit=25):
    """Paths whose values differ between two parsed JSON documents (a reviewer's summary of the diff)."""
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in b:
                out.append(f"{path}.{k}: removed")
            elif k not in a:
                out.append(f"{path}.{k}: added")
            else:
                changed_fields(a[k], b[k], f"{path}.{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            changed_fields(x, y, f"{path}[{i}]", out, limit)
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items expected, {len(b)} now")
    elif a != b:
        short = lambda v: (json.dumps(v, ensure_ascii=False)[:80])  # noqa: E731
        out.append(f"{path}: {short(a)} -> {short(b)}")
    return out[:limit]


def show_changed_fields(expected, actual):
    try:
        changes = changed_fields(json.loads(expected), json.loads(actual))
    except ValueError:
        return
    print("changed fields (first 25):", file=sys.stderr)
    for c in changes:
        print(f"  {c}", file=sys.stderr)


def validate_json(path, schema_path):
    try:
        import jsonschema
    except ImportError:
        return [f"{sys.executable} has no jsonschema module: install python3-jsonschema (scripts/install-deps)"]
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    try:
        instance = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{path}: not JSON: {e}"]
    return [f"{path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))]


def validate_xml(path, xsd_path):
    try:
        run = subprocess.run(["xmllint", "--schema", str(xsd_path), "--noout", str(path)],
                             capture_output=True, timeout=120)
    except FileNotFoundError:
        return ["xmllint not found: install libxml2-utils (scripts/install-deps)"]
    if run.returncode != 0:
        return [run.stderr.decode("utf-8", "replace").strip()]
    return []


# --- XML and JSON carry the same information ------------------------------------------------------
# The XML form follows fixed rules (schemas/vanban.xsd): wrapper elements for arrays, absent elements for
# nulls, attributes for location/style/table hints. Mapping it back to JSON and comparing with the JSON
# output catches a field one writer has and the other lacks.
STRING_LISTS = {"recipients", "addressees", "inferred", "preamble"}
BLOCK_LISTS = {"blocks", "front", "lead", "heading", "closing", "appendices", "paragraphs"}  # items are typed by their tag
OBJECT_LISTS = {"sections", "children", "footnotes", "references", "occurrences", "deadlines", "tasks",
                "diagnostics", "footnote_marks", "rows", "cells", "findings"}
INTS = {"level", "year", "deadline", "line", "column", "paragraph", "page", "ocr_pages", "offset", "grid_span", "heading_level", "khoan", "dieu"}
BOOLS = {"ocr", "draft", "issuer_inferred", "bold", "italic", "centered", "caps", "auto_numbered", "hard_wrapped", "borderless",
         "vmerge_continue"}
ATTRIBUTE_OBJECTS = {"location", "style", "part"}


def typed(name, text):
    if name == "ocr_confidence":
        return float(text)
    if name in INTS:
        return int(text)
    if name in BOOLS:
        return {"true": True, "false": False}[text]
    return text


def xml_object(el):
    out = {k: typed(k, v) for k, v in el.attrib.items()}
    for child in el:
        name = child.tag
        if name in STRING_LISTS:
            out[name] = [c.text or "" for c in child]
        elif name in BLOCK_LISTS:
            out[name] = [{"type": c.tag, **xml_object(c)} for c in child]
        elif name in OBJECT_LISTS:
            out[name] = [xml_object(c) for c in child]
        elif name in ATTRIBUTE_OBJECTS:
            out[name] = {k: typed(k, v) for k, v in child.attrib.items()}
        elif name in ("metadata", "signer", "validation"):
            out[name] = xml_object(child)
        else:
            out[name] = typed(name, child.text or "")
    return out


def without_nulls(v):
    if isinstance(v, dict):
        return {k: without_nulls(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [without_nulls(x) for x in v]
    return v


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: JSON has {a!r}, XML has {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in b:
                return f"{path}.{k}: only in JSON"
            if k not in a:
                return f"{path}.{k}: only in XML"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items in JSON, {len(b)} in XML"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: JSON has {a!r}, XML has {b!r}"


def compare_xml_with_json(json_path, xml_path):
    import xml.etree.ElementTree as ET
    try:
        from_json = without_nulls(json.loads(json_path.read_text(encoding="utf-8")))
        from_xml = xml_object(ET.parse(xml_path).getroot())
    except (ValueError, ET.ParseError, KeyError) as e:
        return [f"cannot compare {xml_path.name} with {json_path.name}: {e!r}"]
    diff = first_difference(from_json, from_xml)
    return [f"{xml_path.name} and {json_path.name} differ: {diff}"] if diff else []


def validate_only(vanban, schemas, document):
    """Converts `document` and checks the outputs against the schemas and each other (no byte comparison)."""
    import tempfile
    problems = 0
    with tempfile.TemporaryDirectory(prefix="vanban-sample-") as tmp:
        outputs = {}
        for to in ("json", "xml"):
            try:
                outputs[to] = Path(tmp) / f"{document.stem}.{to}"
                outputs[to].write_bytes(convert(str(vanban), document, to))
            except Skip as e:
                print(str(e))
                return SKIP
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                return fail(str(e))
        errors = (validate_json(outputs["json"], schemas / "vanban.schema.json")
                  + validate_xml(outputs["xml"], schemas / "vanban.xsd")
                  + compare_xml_with_json(outputs["json"], outputs["xml"]))
        for e in errors:
            problems += fail(e)
    if problems == 0:
        print(f"ok: {document.name} converts to valid JSON and XML")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vanban", required=True, help="the vanban executable")
    ap.add_argument("--schemas", required=True, help="folder holding vanban.schema.json and vanban.xsd")
    ap.add_argument("--validate-only", action="store_true",
                    help="no expected files: convert into a temporary folder and only validate (bundled samples)")
    ap.add_argument("case", help="the input document of the case")
    args = ap.parse_args()
    if args.validate_only:
        return validate_only(Path(args.vanban).resolve(), Path(args.schemas).resolve(), Path(args.case).resolve())

    case = Path(args.case).resolve()
    schemas = Path(args.schemas).resolve()
    vanban = str(Path(args.vanban).resolve())
    accept = os.environ.get("VANBAN_ACCEPT") == "1"
    problems = 0

    for to in ("json", "xml"):
        expected_path = case.with_suffix("." + to)
        try:
            actual = convert(vanban, case, to)
        except Skip as e:
            print(str(e))
            return SKIP
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            problems += fail(str(e))
            continue
        if accept:
            if not expected_path.exists() or expected_path.read_bytes() != actual:
                expected_path.write_bytes(actual)
                print(f"accepted: {expected_path}")
        elif not expected_path.exists():
            problems += fail(f"{expected_path} is missing; run with VANBAN_ACCEPT=1 to create it, then review it")
            continue
        else:
            expected = expected_path.read_bytes()
            if expected != actual:
                if to == "json":
                    show_changed_fields(expected, actual)
                show_diff(expected_path, expected, actual)
                problems += fail(f"{to.upper()} output differs from {expected_path} "
                                 "(if the change is intended: VANBAN_ACCEPT=1 scripts/test, then review the diff)")

        errors = (validate_json(expected_path, schemas / "vanban.schema.json") if to == "json"
                  else validate_xml(expected_path, schemas / "vanban.xsd"))
        for e in errors:
            problems += fail(f"schema: {e}")

    json_path, xml_path = case.with_suffix(".json"), case.with_suffix(".xml")
    if json_path.exists() and xml_path.exists():
        for e in compare_xml_with_json(json_path, xml_path):
            problems += fail(e)

    if problems == 0:
        print(f"ok: {case.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
