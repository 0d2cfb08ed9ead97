#!/usr/bin/python3
"""Tests of `vanban batch` and `vanban merge-reports` on documents written for them: good, bad and
non-document files in one batch, -j 1 against -j 2, a kill -9 then --resume, Unicode file names, memory over
10,000 files, NDJSON against the schema, the README's SQL queries, re-runs into one database, shards, --validate.

  /usr/bin/python3 tests/batch/batch_test.py --vanban build/vanban --schemas schemas --readme README.md [SCENARIO ...]
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OK, SOME_FAILED, USAGE = 0, 1, 2

PLAN = """ỦY BAN NHÂN DÂN
XÃ {xa}

Số: {so}/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{xa_title}, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
{title}

Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;
Căn cứ Kế hoạch số {cites}/KH-UBND ngày 02/02/2026 của UBND huyện Đông Sơn;

I. MỤC ĐÍCH, YÊU CẦU

Tổ chức thực hiện hiệu quả các nhiệm vụ {title_lower}.

II. NHIỆM VỤ

1. {unit} hoàn thành việc rà soát trước ngày {day}/6/2026.

2. Các thôn báo cáo kết quả về Ủy ban nhân dân xã trong tháng 7/2026./.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn {ten}
"""


def plan(i, cites=12, unit="Công chức Văn phòng - Thống kê", day=15):
    names = ["An", "Bình", "Chi", "Dũng", "Giang", "Hải", "Khánh", "Lan"]
    return PLAN.format(xa="HÒA " + str(i), xa_title="Hòa " + str(i), so=100 + i, cites=cites,
                       title="Phòng, chống thiên tai năm 2026 đợt " + str(i),
                       title_lower="phòng, chống thiên tai", unit=unit, day=day, ten=names[i % len(names)])


class Case:
    def __init__(self, args, tmp):
        self.vanban = args.vanban
        self.schemas = Path(args.schemas)
        self.readme = Path(args.readme)
        self.tmp = tmp
        self.failures = []

    def run(self, *argv, stdin=b"", timeout=600):
        return subprocess.run([self.vanban, *map(str, argv)], input=stdin, capture_output=True, timeout=timeout,
                              cwd=self.tmp)

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def expect_exit(self, run, code, what):
        self.expect(run.returncode == code, "%s: exit %d, expected %d; stderr: %r" % (
            what, run.returncode, code, run.stderr.decode("utf-8", "replace")[-2000:]))

    def corpus(self, name, count, make=plan):
        folder = self.tmp / name
        for i in range(count):
            sub = folder / ("huyen-%d" % (i % 3))
            sub.mkdir(parents=True, exist_ok=True)
            (sub / ("ke-hoach-%04d.md" % i)).write_text(make(i), encoding="utf-8")
        return folder


def tree(folder):
    """Every file under folder (relative path -> bytes), without the batch's own bookkeeping."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith(".vanban") and rel != "vanban-report.json":
            out[rel] = path.read_bytes()
    return out


def report_without_times(path):
    report = json.loads(path.read_text(encoding="utf-8"))
    for f in report["files"]:
        f.pop("milliseconds", None)
    report["summary"].pop("seconds", None)
    return report


# --- scenarios -------------------------------------------------------------------------------------

def mixed_inputs(c):
    """Good, bad and non-document files in one batch: the good ones converted, the bad ones reported, exit 1."""
    src = c.tmp / "in"
    (src / "con").mkdir(parents=True)
    (src / "tot.md").write_text(plan(1), encoding="utf-8")
    (src / "con" / "tot-nua.txt").write_text(plan(2), encoding="utf-8")
    shutil.copy(Path(__file__).parent.parent / "data" / "docx" / "ke-hoach-pandoc.docx", src / "con" / "tu-word.docx")
    (src / "rong.md").write_bytes(b"")
    (src / "hong.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"not a zip archive" * 8)
    (src / "anh.png").write_bytes(b"\x89PNG\r\n")
    (src / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)  # an OLE header cut short
    r = c.run("batch", "in", "-o", "out", "-t", "json,xml", "-j", "2")
    c.expect_exit(r, SOME_FAILED, "a batch with three bad files")
    err = r.stderr.decode("utf-8")
    c.expect("rong.md: error:" in err and "empty" in err, "the empty file is named with why: %r" % err)
    c.expect("hong.docx: error:" in err, "the broken DOCX is named: %r" % err)
    c.expect("cu.doc: error: a damaged OLE compound file" in err, "the cut .doc is named with why: %r" % err)
    c.expect("3 converted" in err and "3 failed" in err and "1 other files skipped" in err, "summary line: %r" % err)
    out = c.tmp / "out"
    for rel in ("tot.md", "con/tot-nua.txt", "con/tu-word.docx"):
        for ext in (".json", ".xml"):
            c.expect((out / (rel + ext)).is_file(), "output %s%s written" % (rel, ext))
    c.expect(not (out / "rong.md.json").exists() and not (out / "hong.docx.json").exists(), "no output for bad files")
    c.expect(not (out / ".vanban-tmp").exists(), "no temporary files left behind")
    report = json.loads((out / "vanban-report.json").read_text(encoding="utf-8"))
    status = {f["path"]: f["status"] for f in report["files"]}
    c.expect(status == {"anh.png": "skipped", "con/tot-nua.txt": "converted", "con/tu-word.docx": "converted",
                        "cu.doc": "failed", "hong.docx": "failed", "rong.md": "failed", "tot.md": "converted"},
             "report statuses: %r" % status)
    c.expect(list(status) == sorted(status), "the report is in walk order (names sorted)")
    good = next(f for f in report["files"] if f["path"] == "tot.md")
    c.expect(good["sections"] == 4 and good["deadlines"] == 2 and good["references"] == 2, "counts: %r" % good)
    c.expect(set(good["diagnostics"]) == {"info", "warning", "error", "fatal"}, "diagnostics by severity")
    c.expect(report["summary"] == dict(report["summary"], files=7, converted=3, failed=3, skipped=1, up_to_date=0,
                                       scans=0),
             "summary: %r" % report["summary"])


def jobs_identical(c):
    """-j 1 and -j 2 give the same outputs byte for byte, and the same report but for the times."""
    c.corpus("in", 60)
    r1 = c.run("batch", "in", "-o", "out1", "-t", "json,xml", "-j", "1")
    r2 = c.run("batch", "in", "-o", "out2", "-t", "json,xml", "-j", "2")
    c.expect_exit(r1, OK, "-j 1")
    c.expect_exit(r2, OK, "-j 2")
    t1, t2 = tree(c.tmp / "out1"), tree(c.tmp / "out2")
    c.expect(len(t1) == 120, "120 outputs, got %d" % len(t1))
    c.expect(t1 == t2, "-j 1 and -j 2 outputs differ: %r" % sorted(k for k in t1 if t1.get(k) != t2.get(k))[:5])
    c.expect(report_without_times(c.tmp / "out1" / "vanban-report.json") ==
             report_without_times(c.tmp / "out2" / "vanban-report.json"), "reports differ")


def resume_after_kill(c):
    """kill -9 in the middle: only complete outputs; --resume finishes and rewrites nothing needlessly."""
    c.corpus("in", 600)
    proc = subprocess.Popen([c.vanban, "batch", "in", "-o", "out", "-j", "2", "-q"], cwd=c.tmp,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = c.tmp / "out" / ".vanban-manifest.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.01)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    c.expect(killed, "the batch finished before it could be killed (make the corpus larger)")
    outputs = sorted((c.tmp / "out").rglob("*.json"))
    outputs = [p for p in outputs if p.name != "vanban-report.json" and ".vanban-tmp" not in p.parts]
    complete = 0
    for p in outputs:
        try:
            json.loads(p.read_text(encoding="utf-8"))
            complete += 1
        except ValueError:
            c.expect(False, "a partial output after the kill: %s" % p)
    c.expect(0 < len(outputs) < 600, "the kill came in the middle (%d outputs)" % len(outputs))
    before = {p: p.stat().st_mtime_ns for p in outputs}
    changed = c.tmp / "in" / "huyen-0" / "ke-hoach-0000.md"
    changed.write_text(plan(0, cites=77), encoding="utf-8")  # a file edited between the two runs
    r = c.run("batch", "in", "-o", "out", "-j", "2", "--resume")
    c.expect_exit(r, OK, "--resume after a kill")
    report = json.loads((c.tmp / "out" / "vanban-report.json").read_text(encoding="utf-8"))
    s = report["summary"]
    c.expect(s["converted"] + s["up_to_date"] == 600 and s["failed"] == 0, "every file done: %r" % s)
    c.expect(s["up_to_date"] >= 40 - 1, "the files done before the kill were skipped: %r" % s)
    rewritten = [p for p, t in before.items() if p.stat().st_mtime_ns != t and not p.name.startswith("ke-hoach-0000")]
    up_to_date = {f["path"] for f in report["files"] if f["status"] == "up-to-date"}
    c.expect(all(p.relative_to(c.tmp / "out").as_posix()[:-5] not in up_to_date for p in rewritten),
             "an up-to-date output was rewritten")
    c.expect("huyen-0/ke-hoach-0000.md" not in up_to_date, "the edited file was converted again")
    edited = json.loads((c.tmp / "out" / "huyen-0" / "ke-hoach-0000.md.json").read_text(encoding="utf-8"))
    c.expect(any(ref.get("number_symbol") == "77/KH-UBND" for ref in edited["references"]), "the edit is in the output")
    for p in (c.tmp / "out").rglob("*.md.json"):
        json.loads(p.read_text(encoding="utf-8"))
    c.expect(len(list((c.tmp / "out").rglob("*.md.json"))) == 600, "all 600 outputs")
    again = c.run("batch", "in", "-o", "out", "--resume")
    c.expect("600 up to date" in again.stderr.decode("utf-8"), "a third run has nothing to do: %r" % again.stderr)


def unicode_names(c):
    """Vietnamese, spaces, quotes and even bytes that are not UTF-8 in file and folder names."""
    src = c.tmp / "in"
    names = ["Kế hoạch số 1.md", "thư mục con/Quyết định (2).md", "a b'c\"d.md", "ĐẶC BIỆT/ừ ữ.txt"]
    for i, name in enumerate(names):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(plan(i), encoding="utf-8")
    odd = os.fsencode(str(src)) + b"/\xff\xfe-la.md"
    with open(odd, "wb") as f:
        f.write(plan(9).encode("utf-8"))
    r = c.run("batch", "in", "-o", "ra")
    c.expect_exit(r, OK, "Unicode names")
    for name in names:
        c.expect((c.tmp / "ra" / (name + ".json")).is_file(), "output of %s" % name)
    c.expect(os.path.exists(os.fsencode(str(c.tmp / "ra")) + b"/\xff\xfe-la.md.json"), "output of a non-UTF-8 name")
    report = json.loads((c.tmp / "ra" / "vanban-report.json").read_text(encoding="utf-8"))
    c.expect(len(report["files"]) == 5 and all(f["status"] == "converted" for f in report["files"]), "report: %r" % report)


def peak_memory(c, count):
    c.corpus("m%d" % count, count, make=lambda i: "KẾ HOẠCH\nViệc số %d\n\n1. Báo cáo trước ngày 15/6/2026.\n" % i)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    r = c.run("batch", "m%d" % count, "-o", "o%d" % count, "-j", "2", "-q", timeout=900)
    c.expect_exit(r, OK, "%d small files" % count)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after)


def flat_memory(c):
    """Peak memory over 10,000 files is that over 1,000 (the children's high-water mark only rises, so the
    small run goes first)."""
    small = peak_memory(c, 1000)
    large = peak_memory(c, 10000)
    if os.environ.get("VANBAN_SANITIZED") == "1":
        # AddressSanitizer keeps freed memory in quarantine (up to 256 MB): the peak measures it, not vanban.
        print("flat_memory: peak RSS not compared under the sanitizers (%d then %d KiB)" % (small, large))
    else:
        c.expect(large <= small + 4096, "peak RSS grew from %d KiB (1,000 files) to %d KiB (10,000 files)" % (small, large))
    count = sum(1 for _ in (c.tmp / "o10000").rglob("*.md.json"))
    c.expect(count == 10000, "10,000 outputs, got %d" % count)


def ndjson_valid(c):
    """--ndjson: one document per line on standard output, each valid against the JSON Schema."""
    import jsonschema
    c.corpus("in", 12)
    r = c.run("batch", "in", "--ndjson", "-q")
    c.expect_exit(r, OK, "--ndjson")
    lines = r.stdout.decode("utf-8").splitlines()
    c.expect(len(lines) == 12, "12 lines, got %d" % len(lines))
    schema = json.loads((c.schemas / "vanban.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for line in lines:
        errors = list(validator.iter_errors(json.loads(line)))
        c.expect(not errors, "an NDJSON line is not valid: %s" % (errors[:1],))
    c.expect([json.loads(l)["source"] for l in lines] == sorted(json.loads(l)["source"] for l in lines),
             "NDJSON in input order")


def stdin_and_glob(c):
    """Paths on standard input; --glob keeps only matching files."""
    c.corpus("in", 6)
    shutil.copy(Path(__file__).parent.parent / "data" / "docx" / "ke-hoach-pandoc.docx", c.tmp / "in" / "w.docx")
    paths = "in/huyen-0/ke-hoach-0000.md\nin/huyen-1/ke-hoach-0001.md\nkhong-co.md\n"
    r = c.run("batch", "-", "-o", "o1", stdin=paths.encode("utf-8"))
    # A listed file that does not exist is a failure (issue 12: a file gone mid-batch is an error, not a note).
    c.expect_exit(r, SOME_FAILED, "paths on standard input, one missing")
    c.expect(b"khong-co.md: error: cannot open: No such file or directory [input.unreadable]" in r.stderr,
             "the missing path's error: %r" % r.stderr[-300:])
    c.expect(sorted(tree(c.tmp / "o1")) == ["in/huyen-0/ke-hoach-0000.md.json", "in/huyen-1/ke-hoach-0001.md.json"],
             "outputs of the listed paths: %r" % sorted(tree(c.tmp / "o1")))
    r = c.run("batch", "in", "-o", "o2", "--glob", "*.docx")
    c.expect_exit(r, OK, "--glob")
    c.expect(sorted(tree(c.tmp / "o2")) == ["w.docx.json"], "only the DOCX: %r" % sorted(tree(c.tmp / "o2")))


def bad_command_lines(c):
    for argv, needle in ((["batch"], "no input"), (["batch", "in"], "nowhere"), (["batch", "in", "-o", "x", "-t", "pdf"], "--to"),
                         (["batch", "in", "-o", "x", "--shard", "4/3"], "--shard"), (["batch", "in", "-o", "x", "-j", "0"], "--jobs")):
        r = c.run(*argv)
        c.expect_exit(r, USAGE, " ".join(argv))
        c.expect(needle in r.stderr.decode("utf-8"), "%s: message should mention %r: %r" % (argv, needle, r.stderr))


def readme_queries_from(readme):
    text = readme.read_text(encoding="utf-8")
    return dict(re.findall(r"<!-- query: ([\w-]+) -->\s*```sql\n(.*?)```", text, re.S))


def readme_queries(c):
    """The README's SQL queries, as written there, answered on a database of invented documents."""
    src = c.tmp / "archive"
    src.mkdir()
    (src / "ke-hoach-a.md").write_text(plan(1, cites=12, unit="Công an xã", day=10), encoding="utf-8")
    (src / "ke-hoach-b.md").write_text(plan(2, cites=101, unit="Công an xã", day=20).replace(
        "Tổ chức thực hiện hiệu quả", "Theo quy định tại điểm b khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP, tổ chức "
        "thực hiện hiệu quả"), encoding="utf-8")
    decree = plan(3, cites=12).replace("KẾ HOẠCH\n", "BÁO CÁO\n").replace("/KH-UBND\n\nCỘNG", "/BC-UBND\n\nCỘNG")
    (src / "bao-cao-c.md").write_text(decree, encoding="utf-8")
    r = c.run("batch", "archive", "--db", "archive.sqlite", "--validate", "--today", "2026-06-01", "-q")
    c.expect_exit(r, OK, "--db")
    queries = readme_queries_from(c.readme)
    c.expect(set(queries) == {"plans-citing-decree", "due-in-june-by-assignee", "cites-missing-document",
                              "cites-article", "findings-by-rule"}, "five queries in the README: %r" % sorted(queries))
    db = sqlite3.connect(c.tmp / "archive.sqlite")
    if "plans-citing-decree" in queries:
        rows = db.execute(queries["plans-citing-decree"]).fetchall()
        c.expect([r[0] for r in rows] == ["ke-hoach-a.md", "ke-hoach-b.md"], "plans citing the decree: %r" % rows)
    if "due-in-june-by-assignee" in queries:
        rows = db.execute(queries["due-in-june-by-assignee"]).fetchall()
        c.expect([(r[0], r[1]) for r in rows] == [("Công an xã", 2), ("Công chức Văn phòng - Thống kê", 1)],
                 "June 2026 by assignee: %r" % rows)
    if "cites-missing-document" in queries:
        rows = db.execute(queries["cites-missing-document"]).fetchall()
        # Plan b cites 101/KH-UBND, which is plan a's own number; everything else cites what is not there.
        c.expect(("ke-hoach-b.md", "101/KH-UBND") not in rows, "a cited document that is in the archive: %r" % rows)
        c.expect(("ke-hoach-a.md", "59/2023/NĐ-CP") in rows and ("ke-hoach-a.md", "12/KH-UBND") in rows,
                 "cited documents missing from the archive: %r" % rows)
    if "cites-article" in queries:
        rows = db.execute(queries["cites-article"]).fetchall()
        c.expect([r[:3] for r in rows] == [("ke-hoach-b.md", 2, "b")], "who cites Điều 5: %r" % rows)
    if "findings-by-rule" in queries:
        rows = db.execute(queries["findings-by-rule"]).fetchall()
        # The plans have no "tổ chức thực hiện" part (VB110); the report is not a plan.
        c.expect(("VB110", "warning", 2, 2) in rows, "findings by rule: %r" % rows)


def db_rerun(c):
    """Re-running a batch into the same database updates documents in place, never duplicates them."""
    c.corpus("in", 5)
    for _ in range(2):
        c.expect_exit(c.run("batch", "in", "--db", "a.sqlite", "-q"), OK, "--db")
    db = sqlite3.connect(c.tmp / "a.sqlite")
    counts = [db.execute("SELECT count(*) FROM %s" % t).fetchone()[0] for t in ("documents", "citations", "deadlines")]
    c.expect(counts == [5, 10, 10], "rows after two runs: %r" % counts)
    before = dict(db.execute("SELECT source_path, id FROM documents"))
    db.close()
    (c.tmp / "in" / "huyen-0" / "ke-hoach-0000.md").write_text(plan(0, cites=55), encoding="utf-8")
    c.expect_exit(c.run("batch", "in", "--db", "a.sqlite", "--resume", "-q"), OK, "--db --resume")
    db = sqlite3.connect(c.tmp / "a.sqlite")
    c.expect(dict(db.execute("SELECT source_path, id FROM documents")) == before, "ids kept")
    cited = [r[0] for r in db.execute("SELECT c.number_symbol FROM citations c JOIN documents d ON d.id = c.document_id "
                                      "WHERE d.source_path = 'huyen-0/ke-hoach-0000.md' ORDER BY 1")]
    c.expect(cited == ["55/KH-UBND", "59/2023/NĐ-CP"], "the edited document's rows replaced: %r" % cited)
    c.expect(db.execute("SELECT count(*) FROM citations").fetchone()[0] == 10, "no duplicated citations")


def shards_parallel(c):
    """The README's GNU parallel recipe with three shards on this machine equals a single run, file for file."""
    c.corpus("in", 45)
    (c.tmp / "in" / "ghi-chu.png").write_bytes(b"\x89PNG")
    c.expect_exit(c.run("batch", "in", "-o", "one", "--db", "one.sqlite", "-q"), OK, "single run")
    parallel = shutil.which("parallel")
    c.expect(parallel is not None, "GNU parallel is installed (scripts/install-deps)")
    if not parallel:
        return
    r = subprocess.run([parallel, "--will-cite", c.vanban + " batch in -o many --shard {}/3 --report rep-{}.json "
                        "--db part-{}.sqlite -q", ":::", "1", "2", "3"], cwd=c.tmp, capture_output=True, timeout=600)
    c.expect_exit(r, OK, "three shards under GNU parallel")
    c.expect(tree(c.tmp / "one") == tree(c.tmp / "many"), "the union of the shards differs from one run")
    sizes = [len(json.loads((c.tmp / ("rep-%d.json" % k)).read_text())["files"]) for k in (1, 2, 3)]
    c.expect(sum(sizes) == 46 and min(sizes) > 0, "each shard took a share: %r" % sizes)
    r = c.run("merge-reports", "rep-1.json", "rep-2.json", "rep-3.json", "-o", "merged.json",
              "--db", "merged.sqlite", "--from-db", "part-1.sqlite", "part-2.sqlite", "part-3.sqlite")
    c.expect_exit(r, OK, "merge-reports")
    merged = report_without_times(c.tmp / "merged.json")
    single = report_without_times(c.tmp / "one" / "vanban-report.json")
    c.expect(merged["files"] == single["files"] and merged["summary"] == single["summary"],
             "merged reports differ from one run's")
    one, many = sqlite3.connect(c.tmp / "one.sqlite"), sqlite3.connect(c.tmp / "merged.sqlite")
    for table, cols in (("documents", "source_path, content_hash, number_symbol, title"),
                        ("citations c JOIN documents d ON d.id = c.document_id", "d.source_path, c.ref_key, c.date"),
                        ("deadlines l JOIN documents d ON d.id = l.document_id", "d.source_path, l.ordinal, l.value"),
                        ("occurrences o JOIN citations c ON c.id = o.citation_id JOIN documents d ON d.id = c.document_id",
                         "d.source_path, c.ref_key, o.ordinal, o.text")):
        q = "SELECT %s FROM %s ORDER BY 1, 2, 3" % (cols, table)
        c.expect(one.execute(q).fetchall() == many.execute(q).fetchall(), "merged database differs in %s" % table)


def validate_findings(c):
    """--validate: the linter's findings in the JSON/XML outputs and NDJSON (valid against the schemas), counted by
    severity in the report (per file and in the summary, also after merge-reports), and in the findings table."""
    import jsonschema
    c.corpus("in", 4)
    bad = c.tmp / "in" / "ke-hoach-so-sai.md"
    bad.write_text(plan(9).replace("Số: 109/KH-UBND", "Số: 109/QĐ-UBND"), encoding="utf-8")
    r = c.run("batch", "in", "-o", "out", "-t", "json,xml", "--db", "db.sqlite", "--ndjson", "--validate",
              "--today", "2026-06-01", "-j", "2", "-q")
    c.expect_exit(r, OK, "batch --validate")
    schema = json.loads((c.schemas / "vanban.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    lines = [json.loads(l) for l in r.stdout.decode("utf-8").splitlines()]
    c.expect(len(lines) == 5 and all("validation" in d for d in lines), "5 NDJSON lines with validation")
    for d in lines:
        c.expect(not list(validator.iter_errors(d)), "an NDJSON line is not valid: %s" % d["source"])
    out = json.loads((c.tmp / "out" / "ke-hoach-so-sai.md.json").read_text(encoding="utf-8"))
    codes = [f["code"] for f in out["validation"]["findings"]]
    c.expect("VB201" in codes, "VB201 in the output: %r" % codes)
    xml = (c.tmp / "out" / "ke-hoach-so-sai.md.xml").read_text(encoding="utf-8")
    c.expect("<code>VB201</code>" in xml, "VB201 in the XML output")
    report = json.loads((c.tmp / "out" / "vanban-report.json").read_text(encoding="utf-8"))
    per_file = {f["path"]: f.get("findings") for f in report["files"]}
    c.expect(all(v is not None for v in per_file.values()), "findings counted for every file: %r" % per_file)
    c.expect(per_file.get("ke-hoach-so-sai.md", {}).get("error", 0) >= 1, "the bad plan has an error: %r" % per_file)
    totals = {k: sum(v[k] for v in per_file.values()) for k in ("info", "warning", "error")}
    c.expect(report["summary"].get("findings") == totals, "summary %r vs files %r" % (report["summary"], totals))
    db = sqlite3.connect(c.tmp / "db.sqlite")
    rows = db.execute("SELECT d.source_path, f.code, f.severity, f.profile, f.line FROM findings f "
                      "JOIN documents d ON d.id = f.document_id WHERE f.code = 'VB201'").fetchall()
    c.expect(rows == [("ke-hoach-so-sai.md", "VB201", "error", "nd30", 4)], "findings table: %r" % rows)
    c.expect(db.execute("SELECT count(*) FROM findings").fetchone()[0] == sum(totals.values()), "one row per finding")
    # Without --validate: no "validation", no counts, and the findings of the re-stored documents are gone.
    r = c.run("batch", "in", "-o", "plain", "--db", "db.sqlite", "-q")
    c.expect_exit(r, OK, "batch without --validate")
    plain = json.loads((c.tmp / "plain" / "ke-hoach-so-sai.md.json").read_text(encoding="utf-8"))
    c.expect("validation" not in plain, "validation without --validate")
    plain_report = json.loads((c.tmp / "plain" / "vanban-report.json").read_text(encoding="utf-8"))
    c.expect("findings" not in plain_report["summary"] and all("findings" not in f for f in plain_report["files"]),
             "findings counted without --validate")
    c.expect(db.execute("SELECT count(*) FROM findings").fetchone()[0] == 0, "stale findings after a plain re-run")
    # Shards' reports merge their totals.
    for k in (1, 2):
        c.expect_exit(c.run("batch", "in", "-o", "sh", "--validate", "--today", "2026-06-01", "--shard", "%d/2" % k,
                            "--report", "rep-%d.json" % k, "-q"), OK, "shard %d" % k)
    c.expect_exit(c.run("merge-reports", "rep-1.json", "rep-2.json", "-o", "merged.json"), OK, "merge-reports")
    merged = json.loads((c.tmp / "merged.json").read_text(encoding="utf-8"))
    c.expect(merged["summary"].get("findings") == totals, "merged totals %r" % merged["summary"])
    # --resume: another "today" is another configuration, so the files are converted again.
    c.expect_exit(c.run("batch", "in", "-o", "out", "-t", "json,xml", "--validate", "--today", "2026-06-01", "--resume", "-q"), OK, "resume")
    again = json.loads((c.tmp / "out" / "vanban-report.json").read_text(encoding="utf-8"))
    c.expect(again["summary"]["up_to_date"] == 5, "same options: up to date: %r" % again["summary"])
    c.expect_exit(c.run("batch", "in", "-o", "out", "-t", "json,xml", "--validate", "--today", "2027-06-01", "--resume", "-q"), OK, "resume")
    again = json.loads((c.tmp / "out" / "vanban-report.json").read_text(encoding="utf-8"))
    c.expect(again["summary"]["converted"] == 5, "another today: converted again: %r" % again["summary"])
    for argv in (["--today", "2026-06-01"], ["--validate", "--today", "soon"], ["--validate", "--profile", "state"]):
        c.expect_exit(c.run("batch", "in", "-o", "x", *argv), USAGE, " ".join(argv))


def progress_on_terminal(c):
    """A progress line on a terminal (run under script(1) for a pseudo-terminal); none in a pipe."""
    c.corpus("in", 30)
    r = c.run("batch", "in", "-o", "piped")
    c.expect_exit(r, OK, "in a pipe")
    c.expect(b"ETA" not in r.stderr and b"\r" not in r.stderr, "no progress line in a pipe: %r" % r.stderr[:200])
    script = shutil.which("script")
    c.expect(script is not None, "script(1) is installed (bsdutils)")
    if not script:
        return
    cmd = "%s batch in -o tty" % c.vanban
    r = subprocess.run([script, "-qec", cmd, "/dev/null"], cwd=c.tmp, capture_output=True, timeout=120)
    c.expect_exit(r, OK, "under a pseudo-terminal")
    shown = r.stdout.decode("utf-8", "replace")
    c.expect("30/30" in shown and "files/s" in shown and "ETA" in shown and "failed" in shown,
             "the progress line shows done/total, speed, ETA and failures: %r" % shown[-300:])
    c.expect("30 converted" in shown, "the summary line follows: %r" % shown[-300:])


def pdf_and_doc(c):
    """PDFs and .doc files are documents: a text PDF and .doc files convert (the .doc files by one LibreOffice run,
    before the workers), a scan gets the status "scan" and its own count in the report, exit 1; with --ocr it
    converts too."""
    golden = Path(__file__).resolve().parent.parent / "golden"
    src = c.tmp / "in"
    (src / "b").mkdir(parents=True)
    for name in ("to-trinh-pdf-lop-chu.pdf", "ke-hoach-pdf-ban-quet.pdf", "ke-hoach-doc-word-97.doc"):
        shutil.copy(golden / name, src / name)
    shutil.copy(golden / "ke-hoach-doc-word-97.doc", src / "b" / "ke-hoach-doc-word-97.doc")  # the same name twice
    r = c.run("batch", "in", "-o", "out", "-j", "2", "-v")
    err = r.stderr.decode("utf-8")
    if "[pdf.unsupported]" in err or "[doc.libreoffice-missing]" in err:
        print("SKIP: needs Poppler (build) and LibreOffice (scripts/install-deps installs them): %s" % err.strip())
        return
    c.expect_exit(r, SOME_FAILED, "a batch with a scan and no --ocr")
    c.expect("converted 2 of 2 Word 97-2003 files with one LibreOffice run" in err, "one LibreOffice run: %r" % err)
    c.expect("1 scanned PDFs not read (run with --ocr)" in err, "the summary line counts the scan apart: %r" % err)
    report = json.loads((c.tmp / "out" / "vanban-report.json").read_text(encoding="utf-8"))
    status = {f["path"]: f["status"] for f in report["files"]}
    c.expect(status == {"b/ke-hoach-doc-word-97.doc": "converted", "ke-hoach-doc-word-97.doc": "converted",
                        "ke-hoach-pdf-ban-quet.pdf": "scan", "to-trinh-pdf-lop-chu.pdf": "converted"},
             "statuses: %r" % status)
    c.expect(report["summary"] == dict(report["summary"], files=4, converted=3, failed=0, scans=1),
             "summary: %r" % report["summary"])
    scan = next(f for f in report["files"] if f["status"] == "scan")
    c.expect("no text layer: a scan; run with --ocr" in scan["error"], "the scan's record says why: %r" % scan)
    doc = json.loads((c.tmp / "out" / "b" / "ke-hoach-doc-word-97.doc.json").read_text(encoding="utf-8"))
    c.expect(doc["format"] == "doc" and doc["metadata"]["number_symbol"] == "58/KH-UBND", "the .doc's output")
    r = c.run("batch", "in", "-o", "out", "-j", "2", "-v", "--resume")
    c.expect("LibreOffice" not in r.stderr.decode("utf-8"), "--resume: up-to-date .doc files need no LibreOffice run")
    if shutil.which("tesseract") is None:
        print("SKIP (the --ocr half): Tesseract is not installed")
        return
    r = c.run("batch", "in", "-o", "out-ocr", "-j", "2", "--ocr", "--glob", "*.pdf")
    c.expect_exit(r, OK, "the same PDFs with --ocr")
    scan_out = json.loads((c.tmp / "out-ocr" / "ke-hoach-pdf-ban-quet.pdf.json").read_text(encoding="utf-8"))
    c.expect(scan_out.get("ocr") is True and scan_out.get("ocr_confidence", 0) > 60, "marked as OCR with a confidence")



# --- batch under faults (issue 12) ------------------------------------------------------------------

class Mount:
    """A small tmpfs at `folder` for the length of a `with`, or None when this machine cannot mount one
    (not root, no CAP_SYS_ADMIN in a container): the scenario then says it skipped and why."""

    def __init__(self, folder, size):
        self.folder, self.size, self.mounted, self.why = Path(folder), size, False, ""

    def __enter__(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            self.why = "not root"
            return None
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%s" % self.size, "tmpfs", str(self.folder)],
                           capture_output=True)
        if r.returncode != 0:
            self.why = r.stderr.decode("utf-8", "replace").strip() or "mount failed"
            return None
        self.mounted = True
        return self

    def remount(self, options):
        return subprocess.run(["mount", "-o", "remount," + options, str(self.folder)], capture_output=True).returncode == 0

    def __exit__(self, *exc):
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)


def skipped(c, scenario, why):
    print("SKIPPED %s: %s" % (scenario, why))


def outputs_are_whole(c, out, what):
    """Every output in place parses (a batch writes to .vanban-tmp and renames), and no partial file is left."""
    for path in out.rglob("*.json"):
        if path.name == "vanban-report.json" or ".vanban-tmp" in path.parts:
            continue
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            c.failures.append("%s: %s is not whole JSON: %s" % (what, path.name, e))
    leftovers = [p.name for p in (out / ".vanban-tmp").glob("*")] if (out / ".vanban-tmp").exists() else []
    c.expect(not leftovers, "%s: partial files left in .vanban-tmp: %r" % (what, leftovers))


def spoiled_mid_batch(c, spoil, reason, what):
    """Three files named on standard input, the second spoiled by `spoil` once the first output is written (so
    while the batch runs): that file fails with `reason`, the others convert, exit 1; restored, --resume
    converts only it and leaves the outputs already written as they were."""
    src = c.tmp / "in"
    src.mkdir()
    for i in range(3):
        (src / ("kh-%d.md" % i)).write_text(plan(i), encoding="utf-8")
    out = c.tmp / "out"
    p = subprocess.Popen([c.vanban, "batch", "-", "-o", str(out), "-j", "1"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=c.tmp)
    p.stdin.write(b"in/kh-0.md\n")
    p.stdin.flush()
    deadline = time.time() + 60
    while not (out / "in" / "kh-0.md.json").exists() and time.time() < deadline:  # the batch is under way
        time.sleep(0.05)
    victim = src / "kh-1.md"
    saved = victim.read_bytes()
    spoil(victim)
    stdout, stderr = p.communicate(b"in/kh-1.md\nin/kh-2.md\n", timeout=120)
    err = stderr.decode("utf-8", "replace")
    c.expect(p.returncode == SOME_FAILED, "%s: exit %d, expected 1; %r" % (what, p.returncode, err))
    c.expect("in/kh-1.md: error: %s [input.unreadable]" % reason in err,
             "%s: the reason on standard error, got %r" % (what, err))
    c.expect((out / "in" / "kh-0.md.json").exists() and (out / "in" / "kh-2.md.json").exists(), "the other files converted")
    c.expect(not (out / "in" / "kh-1.md.json").exists(), "%s: no output for it" % what)
    report = json.loads((out / "vanban-report.json").read_text(encoding="utf-8"))
    c.expect([f["status"] for f in report["files"]] == ["converted", "failed", "converted"],
             "report statuses: %r" % [f["status"] for f in report["files"]])
    before = (out / "in" / "kh-0.md.json").read_bytes()
    if victim.is_symlink() or victim.exists():
        victim.unlink()
    victim.write_bytes(saved)
    r = c.run("batch", "-", "-o", "out", "-j", "1", "--resume", stdin=b"in/kh-0.md\nin/kh-1.md\nin/kh-2.md\n")
    c.expect_exit(r, OK, "--resume after the file came back")
    c.expect(b"1 converted, 2 up to date" in r.stderr, "%s: only that file converted: %r" % (what, r.stderr[-300:]))
    c.expect((out / "in" / "kh-0.md.json").read_bytes() == before, "an output already written was rewritten or lost")


def vanishing_file(c):
    """A file removed while the batch runs (named on standard input after it is gone)."""
    spoiled_mid_batch(c, lambda f: f.unlink(), "cannot open: No such file or directory", "vanished file")


def unreadable_file(c):
    """A document whose bytes cannot be read (an I/O error, as from a bad disk): it fails with the reason, the
    others convert, exit 1; --resume recovers once it reads. As root nothing is unreadable by permissions
    (chmod 000 blocks nothing), so the file is a symbolic link to /proc/self/mem, whose first page read()
    refuses with EIO."""
    src = c.tmp / "in"
    src.mkdir()
    (src / "kh-1.md").write_text(plan(1), encoding="utf-8")
    (src / "kh-hong.md").symlink_to("/proc/self/mem")
    (src / "kh-2.md").write_text(plan(2), encoding="utf-8")
    r = c.run("batch", "in", "-o", "out", "-j", "2")
    c.expect_exit(r, SOME_FAILED, "an unreadable file in the batch")
    err = r.stderr.decode("utf-8", "replace")
    c.expect("in/kh-hong.md: error: read error: Input/output error [input.unreadable]" in err,
             "the reason on standard error: %r" % err)
    c.expect((c.tmp / "out" / "kh-1.md.json").exists() and (c.tmp / "out" / "kh-2.md.json").exists(),
             "the other files converted")
    (src / "kh-hong.md").unlink()
    (src / "kh-hong.md").write_text(plan(3), encoding="utf-8")
    r = c.run("batch", "in", "-o", "out", "-j", "2", "--resume")
    c.expect_exit(r, OK, "--resume once the file is readable")
    c.expect(b"1 converted, 2 up to date" in r.stderr, "only the failed one converted: %r" % r.stderr[-300:])


def file_turns_unreadable(c):
    """A file that turns unreadable while the batch runs (an I/O error, as from a failing disk): a symbolic link to
    /proc/self/mem takes its place (see unreadable_file)."""
    def spoil(f):
        f.unlink()
        f.symlink_to("/proc/self/mem")
    spoiled_mid_batch(c, spoil, "read error: Input/output error", "turned unreadable")


def full_disk(c):
    """Outputs into a 200 KB tmpfs: the files that do not fit fail with "No space left on device", every output in
    place is whole, the report's failure is said (exit 5); with room again, --resume converts only the rest."""
    corpus = c.corpus("in", 60)
    with Mount(c.tmp / "out", "200k") as m:
        if not m:
            return skipped(c, "full_disk", "cannot mount a tmpfs here")
        r = c.run("batch", "in", "-o", "out", "-j", "2")
        err = r.stderr.decode("utf-8", "replace")
        c.expect(r.returncode in (SOME_FAILED, 5), "full disk: exit %d, expected 1 or 5; %r" % (r.returncode, err[-500:]))
        c.expect("No space left on device" in err and "[output.unwritable]" in err, "full disk: the reason: %r" % err[-500:])
        outputs_are_whole(c, c.tmp / "out", "full disk")
        written = {p.name: p.read_bytes() for p in (c.tmp / "out").rglob("*.md.json")}
        c.expect(0 < len(written) < 60, "some outputs fit, not all: %d" % len(written))
        c.expect(m.remount("size=20m"), "remount with room")
        r = c.run("batch", "in", "-o", "out", "-j", "2", "--resume")
        c.expect_exit(r, OK, "--resume with room again")
        after = {p.name: p.read_bytes() for p in (c.tmp / "out").rglob("*.md.json")}
        c.expect(len(after) == 60, "every output after --resume: %d" % len(after))
        c.expect(all(after[n] == b for n, b in written.items()), "an output written before the disk filled changed")
    del corpus


def read_only_output(c):
    """An output folder that turns read-only: the batch stops with a clear error (exit 5), the outputs already
    there are untouched; writable again, --resume converts only the new documents."""
    c.corpus("in", 6)
    with Mount(c.tmp / "out", "20m") as m:
        if not m:
            return skipped(c, "read_only_output", "cannot mount a tmpfs here")
        r = c.run("batch", "in", "-o", "out")
        c.expect_exit(r, OK, "first batch")
        before = tree(c.tmp / "out")
        (c.tmp / "in" / "huyen-0" / "moi.md").write_text(plan(9), encoding="utf-8")
        if not m.remount("ro"):
            return skipped(c, "read_only_output", "cannot remount the tmpfs read-only")
        r = c.run("batch", "in", "-o", "out", "--resume")
        c.expect_exit(r, 5, "a read-only output folder")
        c.expect(b"Read-only file system" in r.stderr, "the reason: %r" % r.stderr[-300:])
        c.expect(tree(c.tmp / "out") == before, "the outputs already written changed")
        m.remount("rw")
        r = c.run("batch", "in", "-o", "out", "--resume")
        c.expect_exit(r, OK, "--resume once writable")
        c.expect(b"1 converted, 6 up to date" in r.stderr, "only the new one converted: %r" % r.stderr[-300:])


def timeout_per_document(c):
    """--max-seconds-per-document: a document over it fails with "timed out after N s", the batch goes on."""
    c.corpus("in", 3)
    r = c.run("batch", "in", "-o", "out", "--max-seconds-per-document", "0.000000001")
    c.expect_exit(r, SOME_FAILED, "documents over the time limit")
    err = r.stderr.decode("utf-8", "replace")
    c.expect(err.count("timed out after ") == 3 and "--max-seconds-per-document) [input.timeout]" in err,
             "each timed out, with the flag named: %r" % err[-600:])
    r = c.run("batch", "in", "-o", "out", "--resume")
    c.expect_exit(r, OK, "--resume without the limit converts them")


SCENARIOS = [mixed_inputs, pdf_and_doc, jobs_identical, resume_after_kill, unicode_names, flat_memory, ndjson_valid,
             stdin_and_glob, bad_command_lines, readme_queries, db_rerun, shards_parallel, progress_on_terminal,
             validate_findings, vanishing_file, unreadable_file, file_turns_unreadable, full_disk, read_only_output,
             timeout_per_document]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vanban")
    parser.add_argument("--schemas")
    parser.add_argument("--readme")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("scenarios", nargs="*")
    args = parser.parse_args()
    if args.list:
        print("\n".join(s.__name__ for s in SCENARIOS))
        return 0
    args.vanban = os.path.abspath(args.vanban)
    chosen = [s for s in SCENARIOS if not args.scenarios or s.__name__ in args.scenarios]
    failed = 0
    for scenario in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            case = Case(args, Path(tmp))
            scenario(case)
            for f in case.failures:
                print("FAIL %s: %s" % (scenario.__name__, f))
            failed += bool(case.failures)
    print("%d passed, %d failed" % (len(chosen) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
