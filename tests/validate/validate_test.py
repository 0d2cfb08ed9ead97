#!/usr/bin/python3
"""Command-line tests of `vanban validate`: exit codes (0 clean, 1 findings at or above --fail-on, 2 usage,
3 unreadable input), the compiler-like text format with its caret line, --format json, --list-rules,
--rule/--ignore, folders, and clean documents (the bundled sample, tests/validate/clean-*.md) without findings;
--format sarif validated against the official SARIF 2.1.0 schema (tests/validate/sarif-schema-2.1.0.json, draft-07).

  /usr/bin/python3 tests/validate/validate_test.py --vanban build/vanban [SCENARIO ...]   (all when none given)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scenario_runner import run_scenarios  # noqa: E402

OK, FINDINGS, USAGE, CANNOT_READ = 0, 1, 2, 3
HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1]
CLEAN_PLAN = (HERE / "clean-plan.md").read_text(encoding="utf-8")
TODAY = "--today=2026-06-01"
ALL_CODES = ["VB100", "VB101", "VB102", "VB103", "VB104", "VB105", "VB106", "VB107", "VB108", "VB109", "VB110", "VB201", "VB202",
             "VB203", "VB301", "VB302", "VB303", "VB304", "VB305", "VB401", "VB402", "VB403", "VB404", "VB501", "VB502", "VB601",
             "VB602", "VB603", "VB701", "VB702", "VB703", "VB801", "VB802"]


class Case:
    def __init__(self, vanban, tmp):
        self.vanban = vanban
        self.tmp = tmp
        self.failures = []

    def file(self, name, text):
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def plan(self, name, *edits):
        text = CLEAN_PLAN
        for old, new in edits:
            assert old in text, old
            text = text.replace(old, new, 1)
        return self.file(name, text)

    def run(self, *args):
        return subprocess.run([self.vanban, "validate", *map(str, args)], capture_output=True, timeout=60, cwd=self.tmp)

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def expect_exit(self, run, code, what):
        self.expect(run.returncode == code, f"{what}: exit code {run.returncode}, expected {code}; "
                                            f"stdout: {out(run)[:400]!r} stderr: {run.stderr.decode()[:300]!r}")


def out(run):
    return run.stdout.decode("utf-8", "replace")


def clean_documents(c):
    for path in [SOURCE / "samples" / "ke-hoach-chuyen-doi-so-2025.md", HERE / "clean-plan.md", HERE / "clean-party-plan.md"]:
        r = c.run(path, TODAY, "--fail-on", "info")
        c.expect_exit(r, OK, path.name)
        c.expect(out(r) == "", f"{path.name}: findings on a clean document: {out(r)!r}")


def findings_exit_code(c):
    c.plan("plan.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"))
    r = c.run("plan.md", TODAY)
    c.expect_exit(r, FINDINGS, "a Kế hoạch numbered QĐ")
    c.expect(re.search(r"^plan\.md:3:\d+: error\[VB201\]: .*QĐ", out(r), re.M), f"no VB201 line: {out(r)!r}")


def fail_on(c):
    c.plan("plan.md", ("ngày 05 tháng 3 năm 2026*", "ngày 5 tháng 3 năm 2026*"))
    c.expect_exit(c.run("plan.md", TODAY), OK, "a warning under --fail-on error")
    c.expect_exit(c.run("plan.md", TODAY, "--fail-on", "warning"), FINDINGS, "a warning under --fail-on warning")


def caret_line(c):
    c.plan("plan.md", ("ngày 05 tháng 3 năm 2026*", "ngày 5 tháng 3 năm 2026*"))
    lines = out(c.run("plan.md", TODAY)).splitlines()
    at = next((i for i, l in enumerate(lines) if "warning[VB302]" in l), None)
    c.expect(at is not None and at + 2 < len(lines), f"no VB302 finding with two lines after it: {lines!r}")
    if at is None or at + 2 >= len(lines):
        return
    head, source, caret = lines[at], lines[at + 1], lines[at + 2]
    c.expect(head.startswith("plan.md:3:"), f"location: {head!r}")
    c.expect("ngày 5 tháng 3" in source, f"the source line: {source!r}")
    c.expect(caret.strip().endswith("^") and caret.count("^") == 1, f"the caret line: {caret!r}")
    c.expect(source[caret.index("^"):].startswith("5 tháng"), f"the caret is not under the day: {source!r} / {caret!r}")
    column = int(head.split(":")[2])
    c.expect(source.split(" | ", 1)[1][column - 1:].startswith("5 tháng"), f"column {column} is not the day's: {source!r}")
    c.expect("\x1b[" not in out(c.run("plan.md", TODAY)), "colour codes in a pipe")


def json_format(c):
    c.plan("plan.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"))
    c.file("clean.md", CLEAN_PLAN)
    r = c.run("plan.md", "clean.md", TODAY, "--format", "json")
    c.expect_exit(r, FINDINGS, "json")
    try:
        data = json.loads(out(r))
    except ValueError as e:
        c.expect(False, f"not JSON: {e}: {out(r)[:300]!r}")
        return
    files = {f["file"]: f for f in data["files"]}
    c.expect(set(files) == {"plan.md", "clean.md"}, f"files: {list(files)}")
    c.expect(files["clean.md"]["findings"] == [], f"clean.md: {files['clean.md']}")
    c.expect(files["plan.md"]["profile"] == "nd30", f"profile: {files['plan.md'].get('profile')}")
    f = next((f for f in files["plan.md"]["findings"] if f["code"] == "VB201"), None)
    c.expect(f is not None, f"no VB201: {files['plan.md']}")
    if f:
        c.expect(f["severity"] == "error" and f["rule"] == "type-code-mismatch", f"finding: {f}")
        c.expect(f["location"]["line"] == 3 and f["location"]["column"] > 0, f"location: {f['location']}")
        c.expect("15/QĐ-UBND" in f["excerpt"], f"excerpt: {f['excerpt']!r}")


def sarif_schema_validator():
    from jsonschema import Draft7Validator
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#" and schema["$id"].endswith("sarif-schema-2.1.0.json")
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def sarif_format(c):
    c.plan("kế hoạch 1.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"))
    docx = SOURCE / "tests" / "golden" / "phuong-an-docx-tu-dong-danh-so-du-thao.docx"
    r = c.run("kế hoạch 1.md", docx, "missing.md", TODAY, "--format", "sarif")
    c.expect_exit(r, CANNOT_READ, "sarif with a missing file")
    try:
        log = json.loads(out(r))
    except ValueError as e:
        c.expect(False, f"not JSON: {e}: {out(r)[:300]!r}")
        return
    validator = sarif_schema_validator()
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    c.expect(not errors, f"SARIF schema errors: {errors[:5]}")
    # The schema is not vacuous: a wrong level is refused.
    broken = json.loads(out(r))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    c.expect(any(True for _ in validator.iter_errors(broken)), "the schema accepted level 'fatal'")
    c.expect(log["version"] == "2.1.0" and len(log["runs"]) == 1, "one run of SARIF 2.1.0")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    c.expect(driver["name"] == "vanban" and driver.get("version"), f"driver: {driver.get('name')} {driver.get('version')}")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    c.expect(sorted(rules) == sorted(ALL_CODES), f"rules: {sorted(rules)}")
    vb201 = rules.get("VB201", {})
    c.expect(vb201.get("name") == "type-code-mismatch" and vb201["defaultConfiguration"]["level"] == "error"
             and "Example: " in vb201["help"]["text"], f"VB201 rule: {vb201}")
    c.expect(rules["VB801"]["defaultConfiguration"]["level"] == "note", "an info rule is a note")
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    c.expect(uris[0] == "k%E1%BA%BF%20ho%E1%BA%A1ch%201.md", f"artifact URIs: {uris}")
    by_file = {}
    for res in run["results"]:
        loc = res["locations"][0]
        by_file.setdefault(loc["physicalLocation"]["artifactLocation"]["index"], []).append((res, loc))
    md = [(res, loc) for res, loc in by_file.get(0, []) if res["ruleId"] == "VB201"]
    c.expect(len(md) == 1, f"VB201 results on the Markdown file: {by_file.get(0)}")
    if md:
        res, loc = md[0]
        region = loc["physicalLocation"]["region"]
        c.expect(res["level"] == "error" and "QĐ" in res["message"]["text"], f"result: {res}")
        c.expect(region["startLine"] == 3 and region["startColumn"] > 0 and "15/QĐ-UBND" in region["snippet"]["text"],
                 f"region: {region}")
    docx_results = by_file.get(1, [])
    c.expect(docx_results, "no result on the DOCX")
    for res, loc in docx_results:
        region = loc["physicalLocation"].get("region", {})
        c.expect("startLine" not in region, f"a DOCX result with a line: {loc}")
        if "logicalLocations" in loc:
            c.expect(loc["logicalLocations"][0]["fullyQualifiedName"].startswith("body/paragraph[")
                     and loc["properties"]["paragraph"] > 0, f"DOCX location: {loc}")
    c.expect(any("logicalLocations" in loc for _, loc in docx_results), f"no paragraph on the DOCX: {docx_results}")
    invocation = run["invocations"][0]
    c.expect(invocation["executionSuccessful"] is False, "a missing file is an unsuccessful execution")
    notes = invocation.get("toolExecutionNotifications", [])
    c.expect(len(notes) == 1 and notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.md",
             f"notifications: {notes}")
    clean = c.file("clean.md", CLEAN_PLAN)
    r = c.run(clean.name, TODAY, "--format", "sarif")
    c.expect_exit(r, OK, "sarif on a clean file")
    log = json.loads(out(r))
    c.expect(log["runs"][0]["results"] == [] and not list(validator.iter_errors(log)), "a clean file: no result, valid")


def convert(c, *args):
    return subprocess.run([c.vanban, "convert", *map(str, args)], capture_output=True, timeout=60, cwd=c.tmp)


def convert_validation(c):
    """convert writes the findings as the optional top-level "validation" (JSON and XML), unless --no-validate."""
    import xml.etree.ElementTree as ET
    from jsonschema import Draft202012Validator
    schema = json.loads((SOURCE / "schemas" / "vanban.schema.json").read_text(encoding="utf-8"))
    c.plan("plan.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"), ("năm 2026*", "năm 2027*"))
    r = convert(c, "plan.md", TODAY)
    c.expect_exit(r, OK, "convert")
    doc = json.loads(out(r))
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(doc)]
    c.expect(not errors, f"schema errors: {errors[:3]}")
    v = doc.get("validation", {})
    codes = [f["code"] for f in v.get("findings", [])]
    c.expect(v.get("profile") == "nd30" and "VB201" in codes and "VB303" in codes, f"validation: {v}")
    f = next((f for f in v.get("findings", []) if f["code"] == "VB201"), {})
    c.expect(f.get("severity") == "error" and f.get("location", {}).get("line") == 3 and "15/QĐ-UBND" in f.get("excerpt", ""),
             f"VB201 finding: {f}")
    later = json.loads(out(convert(c, "plan.md", "--today=2028-01-01")))
    c.expect("VB303" not in [f["code"] for f in later["validation"]["findings"]], "--today moves the future-date rule")
    forced = json.loads(out(convert(c, "plan.md", TODAY, "--profile", "party")))
    c.expect(forced["validation"]["profile"] == "party", "--profile forces the rule book")
    skipped = json.loads(out(convert(c, "plan.md", TODAY, "--no-validate")))
    c.expect("validation" not in skipped, "--no-validate leaves validation out")
    xml = ET.fromstring(convert(c, "plan.md", TODAY, "-t", "xml").stdout)
    xml_codes = [e.text for e in xml.findall("./validation/findings/finding/code")]
    c.expect(xml.findtext("./validation/profile") == "nd30" and xml_codes == codes, f"XML codes {xml_codes} vs {codes}")
    c.expect("validation" not in [e.tag for e in ET.fromstring(convert(c, "plan.md", "--no-validate", "-t", "xml").stdout)],
             "--no-validate in XML")
    for args in [["plan.md", "--today", "2026-02-30x"], ["plan.md", "--profile", "state"]]:
        c.expect_exit(convert(c, *args), USAGE, "convert " + " ".join(args))


def list_rules(c):
    r = c.run("--list-rules")
    c.expect_exit(r, OK, "--list-rules")
    for code in ALL_CODES:
        c.expect(re.search(rf"^{code}  \S+  \[(info|warning|error); [a-z0-9,]+\]$", out(r), re.M), f"{code} not listed")
    c.expect(out(r).count("example: ") == len(ALL_CODES), "one example per rule")


def rule_and_ignore(c):
    c.plan("plan.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"), ("ngày 05 tháng 3 năm 2026*", "ngày 5 tháng 3 năm 2026*"))
    only = out(c.run("plan.md", TODAY, "--rule", "VB302"))
    c.expect("VB302" in only and "VB201" not in only, f"--rule VB302: {only!r}")
    ignored = out(c.run("plan.md", TODAY, "--ignore", "VB302,VB201"))
    c.expect("VB302" not in ignored and "VB201" not in ignored, f"--ignore: {ignored!r}")


def profile_forced(c):
    c.file("plan.md", CLEAN_PLAN)
    r = c.run("plan.md", TODAY, "--profile", "party")
    c.expect_exit(r, FINDINGS, "a state plan under the Party profile")
    c.expect("VB102" in out(r), f"the Party title is required: {out(r)!r}")


def folders(c):
    c.file("docs/a.md", CLEAN_PLAN)
    c.plan("docs/sub/b.md", ("Số: 15/KH-UBND", "Số: 15/QĐ-UBND"))
    c.file("docs/notes.bin", "not a document")
    r = c.run("docs", TODAY)
    c.expect_exit(r, FINDINGS, "a folder")
    c.expect("docs/sub/b.md:3:" in out(r) and "a.md" not in out(r), f"folder output: {out(r)!r}")


def drafts_are_information(c):
    c.plan("draft.md", ("Số: 15/KH-UBND", "Số:      /KH-UBND"), ("ngày 05 tháng 3", "ngày      tháng 3"))
    r = c.run("draft.md", TODAY, "--fail-on", "warning")
    c.expect_exit(r, OK, "a draft")
    c.expect("info[VB801]" in out(r) and "info[VB802]" in out(r), f"draft output: {out(r)!r}")


def usage_errors(c):
    c.file("plan.md", CLEAN_PLAN)
    for args in [["plan.md", "--profile", "state"], ["plan.md", "--format", "xml"], ["plan.md", "--fail-on", "fatal"],
                 ["plan.md", "--rule", "VB999"], ["plan.md", "--today", "2026-13-01"], [], ["plan.md", "--nope"]]:
        r = c.run(*args)
        c.expect_exit(r, USAGE, " ".join(args) or "no input")


def unreadable(c):
    c.file("plan.md", CLEAN_PLAN)
    r = c.run("plan.md", "missing.md", TODAY)
    c.expect_exit(r, CANNOT_READ, "a missing file")
    c.expect("missing.md" in r.stderr.decode(), f"stderr: {r.stderr.decode()!r}")
    c.file("empty.md", "")
    c.expect_exit(c.run("empty.md", TODAY), CANNOT_READ, "an empty file")


SCENARIOS = {f.__name__: f for f in [
    clean_documents, findings_exit_code, fail_on, caret_line, json_format, sarif_format, convert_validation, list_rules, rule_and_ignore, profile_forced,
    folders, drafts_are_information, usage_errors, unreadable,
]}


def main():
    return run_scenarios(SCENARIOS, Case, __doc__, "vanban-validate-")


if __name__ == "__main__":
    sys.exit(main())
