#!/usr/bin/python3
"""Writes the LibreOffice HTML sources of tests/corpus4 (borderless tables for header/closing, <ol> numbering).
  cd tests/corpus4/docx-src && python3 make_html.py && soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir .. *.html
"""
HEAD = '<html><head><meta charset="utf-8"></head><body>'
def hdr(left, right):
    l = ''.join(f'<p align="center">{x}</p>' for x in left)
    r = ''.join(f'<p align="center">{x}</p>' for x in right)
    return f'<table border="0" width="100%"><tr><td width="40%">{l}</td><td width="60%">{r}</td></tr></table>'
MOTTO = ['<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>', '<b>Độc lập - Tự do - Hạnh phúc</b>']
def p(x, bold=False):
    return f'<p><b>{x}</b></p>' if bold else f'<p>{x}</p>'
def close(recips, sign):
    l = '<p><b><i>Nơi nhận:</i></b></p>' + ''.join(f'<p>- {x}</p>' for x in recips)
    r = ''.join(f'<p align="center"><b>{x}</b></p>' for x in sign[:-1]) + '<p>&nbsp;</p><p>&nbsp;</p>' + f'<p align="center"><b>{sign[-1]}</b></p>'
    return f'<table border="0" width="100%"><tr><td width="50%">{l}</td><td width="50%">{r}</td></tr></table>'

docs = {}
docs['cv-ubnd-huyen-khai-thac-cat-2025'] = HEAD + hdr(
    ['ỦY BAN NHÂN DÂN', '<b>HUYỆN ĐÔNG SƠN HÀ</b>', 'Số: 1452/UBND-TNMT', 'V/v tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông'],
    MOTTO + ['<i>Đông Sơn Hà, ngày 12 tháng 8 năm 2025</i>']) + \
    '<p align="center">Kính gửi:</p><p>- Phòng Tài nguyên và Môi trường huyện;</p><p>- Công an huyện;</p><p>- Ủy ban nhân dân các xã, thị trấn.</p>' + \
    p('Thực hiện Văn bản số 3127/UBND-KT ngày 30/7/2025 của UBND tỉnh về việc chấn chỉnh hoạt động khai thác khoáng sản, Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:') + \
    '<ol>' + ''.join(f'<li><p>{x}</p></li>' for x in [
        'Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Công an huyện kiểm tra các bến bãi tập kết cát, sỏi; hoàn thành trước ngày 15/9/2025.',
        'Ủy ban nhân dân các xã, thị trấn rà soát các điểm khai thác trái phép theo Quyết định số 18/2023/QĐ-UBND ngày 05/6/2023 của UBND tỉnh; báo cáo kết quả về Phòng Tài nguyên và Môi trường chậm nhất ngày 30/9/2025.',
        'Công an huyện xử lý nghiêm các trường hợp vi phạm theo Nghị định số 36/2020/NĐ-CP ngày 24/3/2020 của Chính phủ (đã được sửa đổi, bổ sung tại Nghị định số 04/2022/NĐ-CP ngày 06/01/2022 của Chính phủ).',
        'Giao Phòng Tài nguyên và Môi trường tổng hợp, tham mưu UBND huyện báo cáo UBND tỉnh trong tháng 10/2025.']) + '</ol>' + \
    p('Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.') + \
    close(['Như trên;', 'UBND tỉnh (b/c);', 'TT Huyện ủy (b/c);', 'Lưu: VT, TNMT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Quang Thịnh']) + '</body></html>'

docs['kh-ubnd-xa-du-thao-an-toan-thuc-pham-2025'] = HEAD + '<p align="right"><b>DỰ THẢO</b></p>' + hdr(
    ['ỦY BAN NHÂN DÂN', '<b>XÃ PHÚC LÂM THƯỢNG</b>', 'Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/KH-UBND'],
    MOTTO + ['<i>Phúc Lâm Thượng, ngày&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;tháng 9 năm 2025</i>']) + \
    '<p align="center"><b>KẾ HOẠCH</b></p><p align="center"><b>Tổ chức Tháng hành động vì an toàn thực phẩm</b></p><p align="center"><b>trên địa bàn xã năm 2025</b></p>' + \
    p('Căn cứ Kế hoạch số 214/KH-UBND ngày 20/8/2025 của UBND huyện về tổ chức Tháng hành động vì an toàn thực phẩm năm 2025, Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện như sau:') + \
    p('I. MỤC ĐÍCH, YÊU CẦU', True) + p('1. Mục đích', True) + \
    p('Nâng cao nhận thức của người sản xuất, kinh doanh và người tiêu dùng về an toàn thực phẩm.') + \
    p('2. Yêu cầu', True) + p('Các hoạt động được tổ chức thiết thực, tiết kiệm, đúng quy định.') + \
    p('II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN', True) + \
    '<h3>Các thôn tổ chức tuyên truyền trên hệ thống loa truyền thanh ít nhất 02 lần mỗi tuần trong thời gian diễn ra Tháng hành động.</h3>' + \
    '<table border="1" width="100%"><tr><td><b>STT</b></td><td><b>Nội dung công việc</b></td><td><b>Đơn vị chủ trì</b></td><td><b>Thời gian hoàn thành</b></td></tr>' + \
    '<tr><td>1</td><td>Ban hành kế hoạch kiểm tra liên ngành</td><td>Công chức Văn hóa - Xã hội</td><td>Trước ngày 25/9/2025</td></tr>' + \
    '<tr><td>2</td><td>Kiểm tra các bếp ăn tập thể trường học</td><td>Trạm Y tế xã</td><td>Tháng 10/2025</td></tr>' + \
    '<tr><td>3</td><td>Tổng hợp, báo cáo kết quả về UBND huyện</td><td>Trạm Y tế xã</td><td>Trước ngày 10/11/2025</td></tr></table>' + \
    p('III. TỔ CHỨC THỰC HIỆN', True) + p('1. Trạm Y tế xã', True) + p('Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.') + \
    p('2. Các thôn', True) + p('Phối hợp tuyên truyền, vận động nhân dân tham gia.') + \
    close(['UBND huyện (b/c);', 'TT Đảng ủy, HĐND xã;', 'Các thôn;', 'Lưu: VT.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đinh Văn Hưởng']) + '</body></html>'

docs['ttr-ubnd-huyen-cum-cong-nghiep-2024'] = HEAD + hdr(
    ['ỦY BAN NHÂN DÂN', '<b>HUYỆN MINH THẠCH</b>', 'Số: 87/TTr-UBND'],
    MOTTO + ['<i>Minh Thạch, ngày 03 tháng 4 năm 2024</i>']) + \
    '<p align="center"><b>TỜ TRÌNH</b></p><p align="center"><b>Về việc đề nghị thành lập Cụm công nghiệp Đồng Tiến</b></p>' + \
    '<p align="center">Kính gửi: Ủy ban nhân dân tỉnh.</p>' + \
    p('Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;') + \
    p('Căn cứ Quyết định số 1120/QĐ-UBND ngày 28/6/2023 của UBND tỉnh phê duyệt phương án phát triển cụm công nghiệp;') + \
    p('Ủy ban nhân dân huyện kính trình Ủy ban nhân dân tỉnh xem xét, quyết định thành lập Cụm công nghiệp Đồng Tiến với các nội dung sau:') + \
    p('I. SỰ CẦN THIẾT', True) + p('Trên địa bàn huyện chưa có cụm công nghiệp; nhiều cơ sở sản xuất nằm xen trong khu dân cư, gây ô nhiễm môi trường.') + \
    p('II. NỘI DUNG ĐỀ NGHỊ', True) + p('1. Quy mô và vị trí', True) + p('Diện tích 48,5 ha, thuộc địa giới hành chính xã Đồng Tiến.') + \
    p('2. Tiến độ đầu tư', True) + p('Hoàn thành đầu tư hạ tầng kỹ thuật trong Quý IV/2026.') + \
    p('III. KIẾN NGHỊ', True) + p('Ủy ban nhân dân huyện kính đề nghị Ủy ban nhân dân tỉnh xem xét, ban hành quyết định thành lập trước ngày 30/6/2024.') + \
    p('<i>(Gửi kèm Báo cáo số 45/BC-UBND ngày 01/4/2024 của UBND huyện về kết quả khảo sát địa điểm)</i>') + \
    close(['Như trên;', 'Sở Công Thương;', 'TT Huyện ủy, TT HĐND huyện;', 'Lưu: VT, KT.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Vũ Thị Hạnh']) + '</body></html>'

docs['qd-ubnd-huyen-ban-chi-dao-chuyen-doi-so-2023'] = HEAD + hdr(
    ['<b>ỦY BAN NHÂN DÂN</b>', '<b>HUYỆN LẠC VÂN</b>', 'Số: 2045/QĐ-UBND'],
    MOTTO + ['<i>Lạc Vân, ngày 17 tháng 11 năm 2023</i>']) + \
    '<p align="center"><b>QUYẾT ĐỊNH</b></p><p align="center"><b>Kiện toàn Ban Chỉ đạo chuyển đổi số huyện Lạc Vân</b></p>' + \
    '<p align="center"><b>ỦY BAN NHÂN DÂN HUYỆN LẠC VÂN</b></p>' + \
    p('<i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i>') + \
    p('<i>Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ;</i>') + \
    p('<i>Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.</i>') + \
    '<p align="center"><b>QUYẾT ĐỊNH:</b></p>' + \
    p('<b>Điều 1.</b> Kiện toàn Ban Chỉ đạo chuyển đổi số huyện Lạc Vân gồm các thành viên có tên trong danh sách kèm theo.') + \
    p('<b>Điều 2.</b> Nhiệm vụ của Ban Chỉ đạo') + \
    '<ol>' + ''.join(f'<li><p>{x}</p></li>' for x in [
        'Chỉ đạo xây dựng Kế hoạch chuyển đổi số năm 2024, trình UBND huyện trước ngày 20/12/2023.',
        'Đôn đốc các xã, thị trấn hoàn thành việc số hóa hồ sơ thủ tục hành chính trong Quý II/2024.']) + '</ol>' + \
    p('<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1530/QĐ-UBND ngày 02/8/2022 của UBND huyện.') + \
    p('Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.') + \
    close(['Như Điều 3;', 'Sở Thông tin và Truyền thông;', 'Lưu: VT, VHTT.'], ['CHỦ TỊCH', 'Phạm Đức Long']) + '</body></html>'

for name, html in docs.items():
    open(name + '.html', 'w', encoding='utf-8').write(html)
