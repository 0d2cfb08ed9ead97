#!/usr/bin/python3
"""Writes the DOCX golden case `to-trinh-docx-bang-bo-cuc.docx` from the invented text below, so the binary
input can be reviewed and regenerated. The zip is deterministic (fixed timestamps and order).

  /usr/bin/python3 tests/golden/make_docx_case.py        # rewrites tests/golden/to-trinh-docx-bang-bo-cuc.docx

What it exercises: header and closing in borderless layout tables (read cell by cell), a header cell with
line breaks (w:br), automatic numbering for the items of part II (labels only in numbering.xml), a real
footnote (footnotes.xml) holding the full citation behind a short one, a tracked insertion (w:ins) and
deletion (w:del), bold/centred runs, and a data table with a merged cell.
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = text.split("\n")
    inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def para(*runs, center=False, num=None, style=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(r if r.startswith("<w:") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def footnote_ref(fid):
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'


def cell(*paras, span=None, vmerge=None, width=4500):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        tcpr += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras) or '<w:p/>'}</w:tc>"


def table(rows, borderless):
    borders = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
               '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>') if borderless else \
              ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>')
    trs = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>{borders}</w:tblPr><w:tblGrid/>{trs}</w:tbl>'


def document_xml():
    header = table([
        [cell(para(run("ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ", bold=True), center=True)),
         cell(para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True),
              para(run("Độc lập - Tự do - Hạnh phúc", bold=True), center=True))],
        [cell(para("Số: 42/TTr-UBND", center=True)),
         cell(para(run("Sơn Hà, ngày 20 tháng 6 năm 2025", italic=True), center=True))],
    ], borderless=True)
    body = [
        header,
        para(run("TỜ TRÌNH", bold=True), center=True),
        para(run("Về việc đề nghị phê duyệt Đề án sắp xếp các thôn, tổ dân phố năm 2025", bold=True), center=True),
        para("Kính gửi: Hội đồng nhân dân huyện Sơn Hà.", center=True),
        para(run("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;", italic=True)),
        para(run("Căn cứ Thông tư số 04/2012/TT-BNV ngày 31/8/2012 của Bộ trưởng Bộ Nội vụ hướng dẫn về tổ chức "
                 "và hoạt động của thôn, tổ dân phố", italic=True), footnote_ref(1), run(";", italic=True)),
        para(run("Căn cứ Nghị quyết số 31/NQ-HĐND ngày 14/12/2024 của Hội đồng nhân dân huyện.", italic=True)),
        para("Ủy ban nhân dân huyện kính trình Hội đồng nhân dân huyện xem xét, phê duyệt Đề án như sau:"),
        para(run("I. SỰ CẦN THIẾT", bold=True)),
        para("Trên địa bàn huyện hiện có 27 thôn chưa đạt tiêu chuẩn về quy mô số hộ gia đình theo Thông tư số "
             "04/2012/TT-BNV",
             '<w:ins w:id="11" w:author="Văn phòng" w:date="2025-06-18T08:00:00Z">' + run(" (đã được sửa đổi, bổ sung)")
             + "</w:ins>",
             '<w:del w:id="12" w:author="Văn phòng" w:date="2025-06-18T08:00:00Z"><w:r><w:delText xml:space="preserve">'
             " (bản cũ)</w:delText></w:r></w:del>",
             run("; việc sắp xếp là cần thiết để tinh gọn bộ máy.")),
        para(run("II. NỘI DUNG ĐỀ ÁN", bold=True)),
        para("Sáp nhập 27 thôn để thành lập 12 thôn mới; số liệu cụ thể như sau:", num=1),
        table([
            [cell(para(run("Xã", bold=True))), cell(para(run("Số thôn trước", bold=True))),
             cell(para(run("Số thôn sau", bold=True)))],
            [cell(para("Sơn Linh"), vmerge="restart"), cell(para("9")), cell(para("4"))],
            [cell(vmerge="continue"), cell(para("(trong đó 2 thôn miền núi)"), span=2)],
            [cell(para("Sơn Giang")), cell(para("18")), cell(para("8"))],
        ], borderless=False),
        para("Ủy ban nhân dân các xã hoàn thành việc lấy ý kiến cử tri trước ngày 10/7/2025.", num=1),
        para("Phòng Nội vụ tổng hợp hồ sơ, trình Ủy ban nhân dân tỉnh trong quý III/2025.", num=1),
        para("Kính trình Hội đồng nhân dân huyện xem xét, quyết định./."),
        table([
            [cell(para(run("Nơi nhận:", bold=True, italic=True)),
                  para("- Như trên;"), para("- TT. Huyện ủy (b/c);"), para("- Lưu: VT, NV.")),
             cell(para(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True),
                  para(run("CHỦ TỊCH", bold=True), center=True), para(""), para(""),
                  para(run("Đinh Văn Hòa", bold=True), center=True))],
        ], borderless=True),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
             + run(" Được sửa đổi, bổ sung bởi Thông tư số 05/2022/TT-BNV ngày 23/5/2022 của Bộ trưởng Bộ Nội vụ.")
             + '</w:p></w:footnote></w:footnotes>')

NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '</w:styles>')

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.footnotes+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.styles+xml"/></Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>')


def write_package(out, document, footnotes, numbering, date_time):
    """Zips the parts of a minimal .docx at `out`, reproducibly (fixed timestamps and modes)."""
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/footnotes.xml", footnotes),
             ("word/numbering.xml", numbering), ("word/styles.xml", STYLES)]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    print(f"wrote {out}")


def main():
    out = Path(__file__).resolve().parent / "to-trinh-docx-bang-bo-cuc.docx"
    write_package(out, document_xml(), FOOTNOTES, NUMBERING, (2025, 6, 20, 8, 0, 0))


if __name__ == "__main__":
    main()
