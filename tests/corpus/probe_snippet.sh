#!/bin/bash
# Runs one body sentence through vanban inside a minimal plan and prints the deadlines and references found.
#   tests/corpus/probe_snippet.sh "Báo cáo kết quả trước ngày 15/7/2025." [path/to/vanban]
# Used to cut the held-out corpus findings (/work/notes/bugs-generalization.md) down to one line.
set -euo pipefail
vanban="${2:-$(dirname "$0")/../../build/vanban}"
tmp="$(mktemp --suffix=.md)"
trap 'rm -f "$tmp"' EXIT
printf 'ỦY BAN NHÂN DÂN\n\nSố: 12/KH-UBND\n\nHà Nội, ngày 02 tháng 3 năm 2025\n\n**KẾ HOẠCH**\n\n**Thử nghiệm**\n\n**I. NỘI DUNG**\n\n1. %s\n' "$1" > "$tmp"
"$vanban" convert "$tmp" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
print("deadlines:", [(x["value"], x.get("text")) for x in d["deadlines"]])
print("references:", [(r.get("number_symbol") or r.get("name"), r.get("date"), r.get("year"), r.get("type"), r.get("issuer"))
                      for r in d["references"]])'
