#!/usr/bin/python3
"""Writes the hand-built OOXML document of tests/corpus2 that pandoc cannot make: a Kế hoạch whose whole
outline (I., 1., 1.1., a)) and its bullets live only in numbering.xml, with the header and closing in borderless
layout tables. Reuses the helpers of tests/golden/make_docx_case.py. Deterministic zip.

  /usr/bin/python3 tests/corpus2/make_docx_corpus2.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "golden"))
import make_docx_case as m  # noqa: E402
from make_docx_case import W, run, para, cell, table  # noqa: E402


def numbered(text, level, bold=False, num=1):
    """A paragraph on list `num` at `level` whose label lives only in numbering.xml."""
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f'{run(text, bold=bold)}</w:p>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>'
             '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>'
             '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
             '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

EMPTY_FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:footnote></w:footnotes>')


def ke_hoach_xml():
    header = table([
        [cell(para(run("ỦY BAN NHÂN DÂN", bold=True), center=True),
              para(run("THÀNH PHỐ TAM KỲ", bold=True), center=True)),
         cell(para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True),
              para(run("Độc lập - Tự do - Hạnh phúc", bold=True), center=True))],
        [cell(para("Số: 312/KH-UBND", center=True)),
         cell(para(run("Tam Kỳ, ngày 09 tháng 10 năm 2024", italic=True), center=True))],
    ], borderless=True)
    body = [
        header,
        para(run("KẾ HOẠCH", bold=True), center=True),
        para(run("Tổng điều tra kinh tế năm 2026 trên địa bàn thành phố", bold=True), center=True),
        para("Thực hiện Quyết định số 1006/QĐ-TTg ngày 19/9/2024 của Thủ tướng Chính phủ về tổ chức Tổng điều tra "
             "kinh tế năm 2026 và Kế hoạch số 245/KH-UBND ngày 30/9/2024 của UBND tỉnh Quảng Nam, Ủy ban nhân dân "
             "thành phố ban hành Kế hoạch triển khai như sau:"),
        numbered("MỤC ĐÍCH, YÊU CẦU", 0, bold=True),
        numbered("Mục đích", 1, bold=True),
        para("Thu thập thông tin về số lượng, lao động, kết quả sản xuất kinh doanh của doanh nghiệp, hợp tác xã, "
             "cơ sở sản xuất kinh doanh cá thể trên địa bàn thành phố."),
        numbered("Yêu cầu", 1, bold=True),
        para("Bảo đảm đầy đủ, không trùng, không sót đơn vị điều tra; thông tin được bảo mật theo Luật Thống kê năm 2015."),
        numbered("NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", 0, bold=True),
        numbered("Công tác chuẩn bị", 1, bold=True),
        numbered("Thành lập Ban Chỉ đạo Tổng điều tra thành phố, xong trước ngày 31/10/2024.", 2),
        numbered("Lập bảng kê cơ sở sản xuất kinh doanh cá thể theo từng tổ dân phố, thôn:", 2),
        numbered("Rà soát địa bàn, hoàn thành trong tháng 11/2024;", 3),
        numbered("Cập nhật bảng kê, gửi Chi cục Thống kê khu vực chậm nhất ngày 20 tháng 12 năm 2024.", 3),
        numbered("Thu thập thông tin", 1, bold=True),
        para("Thu thập thông tin tại địa bàn từ ngày 01/3/2026 đến hết ngày 30/4/2026; số liệu thu thập tính đến "
             "thời điểm 31/12/2025."),
        numbered("Tổ chức điều tra viên theo từng phường, xã:", 2),
        numbered("Phường An Mỹ, Tân Thạnh: 24 điều tra viên;", 2, num=2),
        numbered("Các phường, xã còn lại: 56 điều tra viên.", 2, num=2),
        numbered("Giám sát chất lượng phiếu điều tra thực hiện theo Thông tư số 08/2024/TT-BKHĐT "
                 "ngày 15/5/2024 của Bộ Kế hoạch và Đầu tư.", 2),
        numbered("TỔ CHỨC THỰC HIỆN", 0, bold=True),
        numbered("Chi cục Thống kê khu vực Tam Kỳ là cơ quan thường trực; tổng hợp kết quả sơ bộ, báo cáo "
                 "UBND thành phố trong quý III/2026.", 1),
        numbered("Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí theo Thông tư số 37/2022/TT-BTC.", 1),
        numbered("UBND các phường, xã thành lập Tổ thường trực tại địa phương trước ngày 15 tháng 11 năm 2024.", 1),
        table([
            [cell(para(run("Nơi nhận:", bold=True, italic=True)),
                  para("- UBND tỉnh (b/c);"), para("- Cục Thống kê tỉnh;"), para("- TT Thành ủy, HĐND thành phố;"),
                  para("- Các phòng, ban, đơn vị;"), para("- UBND các phường, xã;"), para("- Lưu: VT.")),
             cell(para(run("KT. CHỦ TỊCH", bold=True), center=True),
                  para(run("PHÓ CHỦ TỊCH", bold=True), center=True), para(""), para(""),
                  para(run("Trương Công Hiếu", bold=True), center=True))],
        ], borderless=True),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def write(name, document, footnotes, numbering):
    m.write_package(HERE / name, document, footnotes, numbering, (2026, 11, 28, 4, 0, 0))


def main():
    write("kh-ubnd-tp-tong-dieu-tra-auto-numbering-2024.docx", ke_hoach_xml(), EMPTY_FOOTNOTES, NUMBERING)


if __name__ == "__main__":
    main()
