#!/usr/bin/python3
"""scripts/audit on invented documents: it converts a folder, tallies each class, and keeps going past a file
that does not convert.

  /usr/bin/python3 tests/audit/audit_test.py --vanban build/vanban --audit scripts/audit
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

# Sections I, II, IV: one outline gap; every deadline and reference is ordinary.
PLAN_WITH_GAP = """ỦY BAN NHÂN DÂN
XÃ HÒA PHÚ

Số: 21/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Phú, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Vệ sinh môi trường mùa mưa năm 2025

Căn cứ Kế hoạch số 08/KH-UBND ngày 20/01/2025 của UBND huyện Tân Phước;

I. MỤC ĐÍCH

Giữ sạch đường làng, kênh mương trên địa bàn xã.

II. NỘI DUNG

Ra quân dọn vệ sinh các tuyến kênh chính.

IV. TỔ CHỨC THỰC HIỆN

Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/6/2025./.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

CHỦ TỊCH

Lê Văn Tám
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vanban", required=True)
    parser.add_argument("--audit", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "ke-hoach.md").write_text(PLAN_WITH_GAP, encoding="utf-8")
        (folder / "rong.txt").write_bytes(b"")  # empty: vanban rejects it
        (folder / "ghi-chu.png").write_bytes(b"\x89PNG")  # not a document: not taken
        report = Path(tmp) / "report.json"
        proc = subprocess.run([sys.executable, args.audit, "--vanban", args.vanban, "--json", str(report),
                               "--keep", str(Path(tmp) / "out"), str(folder)], capture_output=True, timeout=120)
        out = proc.stdout.decode("utf-8")
        if proc.returncode != 0:
            failures.append("exit %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")))
        if "audit: 2 documents, 1 converted, 1 failed" not in out:
            failures.append("summary line missing:\n" + out)
        tally = json.loads(report.read_text(encoding="utf-8"))["tally"] if report.exists() else {}
        expected = {"conversion-failed": [1, 1], "outline-gap": [1, 1], "reference-unmatched": [0, 0],
                    "deadline-unmatched": [0, 0], "recipients-empty": [0, 0], "signer-name-empty": [0, 0]}
        for cls, counts in expected.items():
            if tally.get(cls) != counts:
                failures.append("%s: expected %s, got %s" % (cls, counts, tally.get(cls)))
        if "IV after II under 'top' (gap)" not in out:
            failures.append("the gap's example row is missing:\n" + out)
        if not (Path(tmp) / "out" / "in" / "sub" / "ke-hoach.md.json").exists():
            failures.append("--keep did not keep the output under its relative path")
    for failure in failures:
        print("FAIL:", failure)
    print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
