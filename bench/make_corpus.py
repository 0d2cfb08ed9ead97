#!/usr/bin/env python3
"""Builds the benchmark corpus of scripts/bench, deterministically, from the project's own documents
(samples/, tests/golden/, tests/corpus*/): nothing from ../shared goes in.

    bench/make_corpus.py OUT [--quick]

OUT/docs/      a few hundred DOCX and Markdown / text documents:
               - each own document as it is;
               - Markdown grown to 2, 4 and 8 times its body (the header kept once);
               - DOCX written from the Markdown, plain (one run per paragraph) at 1 and 4 times,
                 and "Word-like" (runs split every few words, with rsid attributes, proofing marks
                 and bookmarks, as Word saves them);
OUT/large/     a plan grown to 1, 2, 4 and 8 MB of text, as Markdown and as DOCX (linearity);
OUT/plan-25k.docx  a plan of about 25 KB (the one-shot measure).
"""
import argparse
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["samples", "tests/golden", "tests/corpus", "tests/corpus2", "tests/corpus3", "tests/corpus4"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def own_documents():
    docs = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).glob("*")):
            if path.name == "README.md" or path.suffix not in (".md", ".txt", ".docx"):
                continue
            docs.append(path)
    return docs


def grow_text(text, times):
    """The header (up to the first outline label or 12 lines) once, the rest `times` times."""
    lines = text.splitlines()
    cut = next((i for i, line in enumerate(lines)
                if re.match(r"^\s*(#+\s*)?(\*\*)?(I|1|Điều 1|Chương I)[.:]", line)), min(12, len(lines)))
    head, body = lines[:cut], lines[cut:]
    return "\n".join(head + body * times) + "\n"


def paragraphs_of(text):
    """Markdown / text lines as paragraphs: table rows become cell lists, markup is dropped."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or re.match(r"^\|?[\s:|-]+\|?$", line):
            continue
        if line.startswith("|"):
            out.append([re.sub(r"[*_#]", "", c).strip() for c in line.strip("|").split("|")])
        else:
            out.append(re.sub(r"^#+\s*|[*_]{1,2}", "", line))
    return out


def run_xml(text, rsid):
    return (f'<w:r w:rsidRPr="{rsid}"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
            f'<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def paragraph_xml(text, rng, word_like):
    if not word_like:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    words = text.split(" ")
    parts, i = [], 0
    while i < len(words):
        n = rng.randint(2, 4)
        parts.append(" ".join(words[i:i + n]) + (" " if i + n < len(words) else ""))
        i += n
    rsid = "00%06X" % rng.randrange(1 << 24)
    body = []
    for k, part in enumerate(parts):
        if k % 5 == 2:
            body.append('<w:proofErr w:type="spellStart"/>')
        body.append(run_xml(part, rsid))
        if k % 5 == 2:
            body.append('<w:proofErr w:type="spellEnd"/>')
        if k == 1:
            body.append(f'<w:bookmarkStart w:id="{rng.randrange(1000)}" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
    return (f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}"><w:pPr><w:spacing w:before="120" w:after="120"/>'
            f'<w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>{"".join(body)}</w:p>')


def docx_bytes(text, rng, word_like=False):
    body = []
    for p in paragraphs_of(text):
        if isinstance(p, list):
            cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{paragraph_xml(c, rng, word_like)}</w:tc>'
                            for c in p)
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>{cells}</w:tr></w:tbl>')
        else:
            body.append(paragraph_xml(p, rng, word_like))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # fixed dates: the same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buffer.getvalue()


def grow_to(text, size):
    times = 1
    while len(grow_text(text, times).encode()) < size:
        times *= 2
    low, high = times // 2, times
    while high - low > 1:  # the least number of copies that reaches `size`
        mid = (low + high) // 2
        if len(grow_text(text, mid).encode()) < size:
            low = mid
        else:
            high = mid
    return grow_text(text, high)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--quick", action="store_true", help="a small corpus, no 8 MB documents")
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    (out / "docs").mkdir(parents=True)
    (out / "large").mkdir()
    rng = random.Random(20261203)
    sources = own_documents()
    if args.quick:
        sources = sources[::6]
    count = 0
    for path in sources:
        stem = f"{path.parent.name}-{path.stem}"
        shutil.copyfile(path, out / "docs" / f"{stem}{path.suffix}")
        count += 1
        if path.suffix == ".docx":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for times in ((2,) if args.quick else (2, 4, 8)):
            (out / "docs" / f"{stem}-x{times}{path.suffix}").write_text(grow_text(text, times), encoding="utf-8")
            count += 1
        for times in ((1,) if args.quick else (1, 4)):
            (out / "docs" / f"{stem}-x{times}.docx").write_bytes(docx_bytes(grow_text(text, times), rng))
            count += 1
        (out / "docs" / f"{stem}-wordlike.docx").write_bytes(docx_bytes(grow_text(text, 2), rng, word_like=True))
        count += 1
    plan = (ROOT / "samples" / "ke-hoach-chuyen-doi-so-2025.md").read_text(encoding="utf-8")
    for mb in ((1, 2) if args.quick else (1, 2, 4, 8)):
        text = grow_to(plan, mb << 20)
        (out / "large" / f"plan-{mb}mb.md").write_text(text, encoding="utf-8")
        (out / "large" / f"plan-{mb}mb.docx").write_bytes(docx_bytes(text, rng, word_like=True))
    # the one-shot plan: Word-like DOCX of about 25 KB
    times = 1
    while len(docx_bytes(grow_text(plan, times), random.Random(1), word_like=True)) < 25_000:
        times += 1
    (out / "plan-25k.docx").write_bytes(docx_bytes(grow_text(plan, times), random.Random(1), word_like=True))
    print(f"make_corpus: {count} documents in {out / 'docs'}, large documents in {out / 'large'}", file=sys.stderr)


if __name__ == "__main__":
    main()
