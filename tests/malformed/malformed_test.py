#!/usr/bin/env python3
"""The malformed corpus: every file of tests/malformed/files (made by make_corpus.py) and the 50 MB line
(made here) is converted by `vanban convert FILE -o OUT`; each must give its exit code and, on standard
error, the exact diagnostic line of expected.tsv. Inputs converted (exit 0) must give valid JSON; the
billion-laughs package must show nothing expanded (small output, no "lollol"). Each run's time is printed
(a second is the goal; no timed assertion: the machine may be busy), the ctest TIMEOUT guards hangs.

    malformed_test.py --list
    malformed_test.py --vanban build/vanban [CASE ...]
"""
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scenario_runner import run_scenarios  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
GENERATED = {"long-line-50mb.txt": lambda: b"x" * (50 << 20)}  # one 50 MB line, no line end
NEEDS_LIBREOFFICE = {"doc-renamed.docx"}  # a Word 97 file read through LibreOffice


def expectations():
    out = {}
    for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, diagnostic = line.split("\t", 2)
        out[name] = (int(code), diagnostic)
    return out


class Case:
    def __init__(self, vanban, tmp):
        self.vanban, self.tmp, self.failures = vanban, tmp, []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)


def scenario(name, code, diagnostic):
    def run(c):
        folder = FILES
        if name in GENERATED:
            folder = c.tmp
            (folder / name).write_bytes(GENERATED[name]())
        if name in NEEDS_LIBREOFFICE and shutil.which("soffice") is None:
            print(f"SKIP {name}: needs LibreOffice (scripts/install-deps installs libreoffice-writer-nogui)")
            return
        out = c.tmp / "out.json"
        start = time.monotonic()
        r = subprocess.run([c.vanban, "convert", name, "-o", str(out)], cwd=folder, capture_output=True, timeout=60)
        seconds = time.monotonic() - start
        print(f"     {name}: exit {r.returncode} in {seconds:.3f} s")
        err = r.stderr.decode("utf-8", "replace")
        c.expect(r.returncode == code, f"{name}: exit {r.returncode}, expected {code}; stderr {err.strip()!r}")
        if diagnostic:
            c.expect(diagnostic in err.splitlines(), f"{name}: stderr lacks the line {diagnostic!r}; got {err.strip()!r}")
        if code == 0:
            try:
                json.loads(out.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                c.failures.append(f"{name}: the output is not JSON: {e}")
        else:
            c.expect(not out.exists(), f"{name}: a rejected input left an output")
        if name == "billion-laughs.docx" and out.exists():
            text = out.read_text(encoding="utf-8")
            c.expect(len(text) < 20000, f"{name}: output of {len(text)} bytes: entities expanded?")
            c.expect("lollol" not in text, f"{name}: an entity was expanded")
    return run


def main():
    cases = expectations()
    on_disk = {p.name for p in FILES.iterdir()} | set(GENERATED)
    missing = sorted(on_disk ^ set(cases))
    if missing and "--list" not in sys.argv:
        print(f"files and expected.tsv disagree on: {', '.join(missing)}", file=sys.stderr)
        return 1
    scenarios = {name.replace(".", "_"): scenario(name, code, d) for name, (code, d) in sorted(cases.items())}
    return run_scenarios(scenarios, Case, "vanban convert on the malformed corpus", "vanban-malformed-")


if __name__ == "__main__":
    sys.exit(main())
