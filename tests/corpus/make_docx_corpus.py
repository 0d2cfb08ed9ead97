#!/usr/bin/python3
"""Writes the hand-built OOXML documents of the held-out corpus (tests/corpus/*.docx that pandoc cannot make):
Word auto-numbering over two levels, header/closing layout tables, w:br inside cells, a footnote;
a Party report whose header is laid out with tab stops (w:tab) instead of a table, with Phần thứ nhất/hai;
a công văn typed in TCVN3 (.VnTime body, .VnTimeH all-caps header runs holding lowercase bytes; needs iconv).
Reuses the helpers of tests/golden/make_docx_case.py. Deterministic zip (fixed timestamps and order).

  /usr/bin/python3 tests/corpus/make_docx_corpus.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "golden"))
import make_docx_case as m  # noqa: E402
from make_docx_case import W, run, para, cell, table, footnote_ref  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402


def numbered(text, level, bold=False):
    """A paragraph on list 1 at `level` (0: I., II.; 1: 1., 2.) whose label lives only in numbering.xml."""
    body = run(text, bold=bold)
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'{body}</w:p>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def phuong_an_xml():
    header = table([
        [cell(para(run("ỦY BAN NHÂN DÂN\nXÃ SƠN TỊNH", bold=True), center=True)),
         cell(para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True),
              para(run("Độc lập - Tự do - Hạnh phúc", bold=True), center=True))],
        [cell(para("Số:        /PA-UBND", center=True)),
         cell(para(run("Sơn Tịnh, ngày       tháng 5 năm 2026", italic=True), center=True))],
    ], borderless=True)
    body = [
        para(run("DỰ THẢO", bold=True)),
        header,
        para(run("PHƯƠNG ÁN", bold=True), center=True),
        para(run("Ứng phó với bão, áp thấp nhiệt đới và mưa lũ năm 2026", bold=True), center=True),
        para(run("trên địa bàn xã Sơn Tịnh", bold=True), center=True),
        para("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013",
             footnote_ref(1), ";"),
        para("Căn cứ Quyết định số 18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ quy định về dự báo, "
             "cảnh báo, truyền tin thiên tai và cấp độ rủi ro thiên tai;"),
        para("Thực hiện Kế hoạch số 64/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi, "
             "Ủy ban nhân dân xã xây dựng Phương án như sau:"),
        numbered("MỤC ĐÍCH, YÊU CẦU", 0, bold=True),
        numbered("Chủ động phòng ngừa, ứng phó kịp thời, hạn chế thấp nhất thiệt hại về người và tài sản.", 1),
        numbered("Quán triệt phương châm \u201cbốn tại chỗ\u201d đến từng thôn, hộ gia đình.", 1),
        numbered("NHIỆM VỤ TRƯỚC MÙA MƯA BÃO", 0, bold=True),
        numbered("Kiện toàn Ban Chỉ huy phòng thủ dân sự xã", 1, bold=True),
        para("Văn phòng - Thống kê tham mưu kiện toàn, phân công thành viên phụ trách từng thôn, "
             "xong trước ngày 15/6/2026."),
        numbered("Rà soát khu dân cư có nguy cơ sạt lở, ngập sâu", 1, bold=True),
        para("Các thôn lập danh sách hộ phải sơ tán, gửi Ban Chỉ huy chậm nhất ngày 30/6/2026; "
             "diễn tập sơ tán dân tại thôn Trường Thọ trong tháng 7/2026."),
        numbered("TỔ CHỨC THỰC HIỆN", 0, bold=True),
        numbered("Các thành viên Ban Chỉ huy triển khai nhiệm vụ được phân công; báo cáo tình hình thiệt hại "
                 "(nếu có) theo Quyết định số 18/2021/QĐ-TTg.", 1),
        numbered("Tổng kết công tác phòng, chống thiên tai năm 2026 trước ngày 25/12/2026.", 1),
        table([
            [cell(para(run("Nơi nhận:", bold=True, italic=True)),
                  para("- Ban Chỉ huy PTDS tỉnh (b/c);"), para("- TT. Đảng ủy, TT. HĐND xã;"),
                  para("- Các thôn;"), para("- Lưu: VT.")),
             cell(para(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True),
                  para(run("CHỦ TỊCH", bold=True), center=True), para(""), para(""),
                  para(run("Đinh Văn Thạnh", bold=True), center=True))],
        ], borderless=True),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


PA_FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                '</w:p></w:footnote>'
                '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
                '</w:r>' + run(" Được sửa đổi, bổ sung bởi Luật số 60/2020/QH14 ngày 17/6/2020.")
                + '</w:p></w:footnote></w:footnotes>')


def tabbed(left, right, bold_left=False, bold_right=False, italic_right=False):
    """A header line laid out with a tab stop instead of a table: left text, w:tab, right text."""
    return ("<w:p><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"6800\"/></w:tabs></w:pPr>"
            + run(left, bold=bold_left) + "<w:r><w:tab/></w:r>" + run(right, bold=bold_right, italic=italic_right)
            + "</w:p>")


def bao_cao_dang_xml():
    body = [
        tabbed("ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG CỘNG SẢN VIỆT NAM", bold_right=True),
        para(run("ĐẢNG ỦY PHƯỜNG NAM THÀNH", bold=True)),
        para("*"),
        tabbed("Số 87-BC/ĐU", "Nam Thành, ngày 14 tháng 12 năm 2024", italic_right=True),
        para(run("BÁO CÁO", bold=True), center=True),
        para(run("kết quả lãnh đạo thực hiện nhiệm vụ năm 2024,", bold=True), center=True),
        para(run("phương hướng, nhiệm vụ năm 2025", bold=True), center=True),
        para("-----", center=True),
        para("Thực hiện Chương trình công tác toàn khóa số 02-CTr/ĐU, ngày 10/8/2020 của Ban Chấp hành Đảng bộ "
             "phường và Hướng dẫn số 25-HD/VPTU, ngày 05/11/2024 của Văn phòng Tỉnh ủy, Đảng ủy phường báo cáo "
             "như sau:"),
        para(run("Phần thứ nhất", bold=True), center=True),
        para(run("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", bold=True), center=True),
        para(run("I- CÔNG TÁC XÂY DỰNG ĐẢNG", bold=True)),
        para(run("1- Công tác chính trị, tư tưởng", bold=True)),
        para("Tổ chức học tập, quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương "
             "cho 100% đảng viên. Tính đến ngày 30/11/2024, đảng bộ có 412 đảng viên."),
        para(run("2- Công tác tổ chức, cán bộ", bold=True)),
        para("Kết nạp 15 đảng viên mới, đạt 125% chỉ tiêu; chuẩn bị nhân sự đại hội nhiệm kỳ 2025 - 2030."),
        para(run("II- LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI", bold=True)),
        para("Thu ngân sách trên địa bàn đạt 38,6 tỷ đồng, bằng 112% dự toán."),
        para(run("Phần thứ hai", bold=True), center=True),
        para(run("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", bold=True), center=True),
        para(run("1- Tổ chức thành công đại hội", bold=True)),
        para("Đại hội các chi bộ trực thuộc hoàn thành trước ngày 31/3/2025; Đại hội Đảng bộ phường trong "
             "tháng 5/2025."),
        para(run("2- Sơ kết thực hiện Kết luận số 21-KL/TW", bold=True)),
        para("Văn phòng Đảng ủy tham mưu sơ kết, báo cáo Ban Thường vụ Thành ủy trước ngày 15/11/2025."),
        table([
            [cell(para(run("Nơi nhận:", bold=True)),
                  para("- Ban Thường vụ Thành ủy (b/c),"), para("- Các đồng chí Đảng ủy viên,"),
                  para("- Các chi bộ trực thuộc,"), para("- Lưu Văn phòng Đảng ủy.")),
             cell(para(run("T/M ĐẢNG ỦY", bold=True), center=True),
                  para(run("PHÓ BÍ THƯ", bold=True), center=True), para(""), para(""),
                  para(run("Trịnh Thị Hạnh", bold=True), center=True))],
        ], borderless=True),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def tcvn3(text):
    """Unicode -> the Latin-1 characters a TCVN3 (.VnTime) DOCX stores: each TCVN3 byte as U+00xx."""
    import subprocess
    raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                         capture_output=True, check=True).stdout
    assert all(b < 0x80 or b >= 0xA0 for b in raw), f"no VN3 byte for an uppercase toned letter in {text!r}"
    return raw.decode("latin-1")


def legacy_run(text, font=".VnTime", bold=False, italic=False):
    """A run in a legacy font; for the all-caps font .VnTimeH pass lowercase text (the font draws capitals)."""
    props = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(tcvn3(text))}</w:t></w:r>'


def cong_van_tcvn3_xml():
    caps = lambda t, **k: legacy_run(t.lower(), font=".VnTimeH", **k)
    header = table([
        [cell(para(caps("UBND TỈNH ĐIỆN BIÊN"), center=True),
              para(caps("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", bold=True), center=True)),
         cell(para(caps("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True),
              para(legacy_run("Độc lập - Tự do - Hạnh phúc", bold=True), center=True))],
        [cell(para(legacy_run("Số: 612/SNN-TTBVTV"), center=True),
              para(legacy_run("V/v phòng trừ sâu keo mùa thu hại ngô vụ hè thu năm 2019"), center=True)),
         cell(para(legacy_run("Điện Biên, ngày 24 tháng 6 năm 2019", italic=True), center=True))],
    ], borderless=True)
    body = [
        header,
        para(legacy_run("Kính gửi: UBND các huyện, thị xã, thành phố."), center=True),
        para(legacy_run("Thực hiện Công văn số 1025/BVTV-TV ngày 10/5/2019 của Cục Bảo vệ thực vật về việc phòng "
                        "trừ sâu keo mùa thu, Sở Nông nghiệp và Phát triển nông thôn đề nghị UBND các huyện, thị xã, "
                        "thành phố chỉ đạo thực hiện một số nội dung sau:")),
        para(legacy_run("1. Chỉ đạo các xã điều tra, phát hiện sớm sâu keo mùa thu trên diện tích ngô; tổ chức "
                        "phòng trừ kịp thời, hoàn thành trước ngày 15/7/2019.")),
        para(legacy_run("2. Sử dụng thuốc bảo vệ thực vật theo Thông tư số 10/2019/TT-BNNPTNT ngày 20/3/2019 "
                        "của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.")),
        para(legacy_run("3. Báo cáo kết quả phòng trừ về Sở (qua Chi cục Trồng trọt và Bảo vệ thực vật) "
                        "trước ngày 30/7/2019.")),
        table([
            [cell(para(legacy_run("Nơi nhận:", bold=True, italic=True)),
                  para(legacy_run("- Như trên;")), para(legacy_run("- Giám đốc Sở (b/c);")),
                  para(legacy_run("- Lưu: VT, TTBVTV."))),
             cell(para(caps("KT. GIÁM ĐỐC", bold=True), center=True),
                  para(caps("PHÓ GIÁM ĐỐC", bold=True), center=True), para(""), para(""),
                  para(legacy_run("Lò Văn Thắng", bold=True), center=True))],
        ], borderless=True),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


EMPTY_FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:footnote></w:footnotes>')


def write(name, document, footnotes, numbering):
    m.write_package(HERE / name, document, footnotes, numbering, (2026, 5, 4, 8, 0, 0))


def main():
    write("pa-du-thao-ung-pho-bao-2026.docx", phuong_an_xml(), PA_FOOTNOTES, NUMBERING)
    write("bc-dang-uy-phuong-tab-header-2024.docx", bao_cao_dang_xml(), EMPTY_FOOTNOTES, NUMBERING)
    write("cv-tcvn3-vntime-2019.docx", cong_van_tcvn3_xml(), EMPTY_FOOTNOTES, NUMBERING)


if __name__ == "__main__":
    main()
