#!/usr/bin/env python3
"""Writes the malformed corpus (tests/malformed/files/): one small hostile or damaged input per case, made
from scratch (no real document). The committed files are this script's output; the 50 MB line is made at
test time (malformed_test.py) instead of being committed. Run again after changing a case:
    python3 tests/malformed/make_corpus.py tests/malformed/files
"""
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document(paragraphs, prolog=''):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % p for p in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog +
            '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))


PLAN = ['ỦY BAN NHÂN DÂN XÃ HÒA BÌNH', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026',
        'I. MỤC ĐÍCH', '1. Hoàn thành trước ngày 30/6/2026.']


def package(entries):
    """A zip from (name, text) pairs, fixed timestamps so that the bytes are reproducible."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def good_docx(doc=None, extra=()):
    return package([('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                    ('word/document.xml', doc or document(PLAN))] + list(extra))


def ole(streams):
    """An OLE2 compound file ([MS-CFB] version 3, 512-byte sectors): the header, one FAT sector and the directory
    (a root entry, then the named empty streams), as an encrypted Office package holds them."""
    entries = [('Root Entry', 5)] + [(name, 2) for name in streams]
    dir_sectors = (len(entries) + 3) // 4
    header = bytearray(512)
    header[0:8] = b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'
    struct.pack_into('<HHHHH', header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<IIII', header, 0x2C, 1, 1, 0, 4096)       # one FAT sector, directory at sector 1, cutoff
    struct.pack_into('<IIII', header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)  # no mini FAT, no DIFAT sectors
    for i in range(109):
        struct.pack_into('<I', header, 0x4C + 4 * i, 0 if i == 0 else 0xFFFFFFFF)
    fat = [0xFFFFFFFD] + [2 + i if i + 1 < dir_sectors else 0xFFFFFFFE for i in range(dir_sectors)]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    directory = bytearray(512 * dir_sectors)
    for e, (name, kind) in enumerate(entries):
        at = 128 * e
        encoded = name.encode('utf-16-le')
        directory[at:at + len(encoded)] = encoded
        struct.pack_into('<HB', directory, at + 0x40, len(encoded) + 2, kind)
        struct.pack_into('<III', directory, at + 0x44, 0xFFFFFFFF, 0xFFFFFFFF, 1 if e == 0 else 0xFFFFFFFF)
        struct.pack_into('<I', directory, at + 0x74, 0xFFFFFFFE)
    return bytes(header) + struct.pack('<128I', *fat) + bytes(directory)


def cases():
    plan_text = '\n\n'.join(PLAN) + '\n'
    good = good_docx()
    yield 'truncated.docx', good[:len(good) // 2]
    # 20 MB of spaces compress about 1000:1.
    yield 'zip-bomb.docx', package([('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                 ('word/document.xml', document(['x' * 10]).replace('</w:body>', ' ' * (20 << 20) + '</w:body>'))])
    yield 'dot-dot-entry.docx', good_docx(extra=[('../../etc/cron.d/evil', '* * * * * root true\n')])
    yield 'duplicate-entry.docx', good_docx(extra=[('word/document.xml', document(['Văn bản khác']))])
    yield 'encrypted-ole.docx', ole(['EncryptionInfo', 'EncryptedPackage'])
    # A real Word 97 file of ours (made by scripts/make-archive-fixtures), renamed: read as the .doc it is.
    yield 'doc-renamed.docx', (HERE.parent / 'golden' / 'ke-hoach-doc-word-97.doc').read_bytes()
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(
        '<!ENTITY lol%d "%s">' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10)) + ']>'
    yield 'billion-laughs.docx', good_docx(document(PLAN + ['&lol9;'], prolog=laughs))
    yield 'deep-xml.docx', good_docx('<?xml version="1.0"?><w:document %s><w:body>%s%s</w:body></w:document>' % (
        W, '<w:sdt><w:sdtContent>' * 500, '</w:sdtContent></w:sdt>' * 500))
    # XML allows neither, pugixml reads both: a NUL would end the paragraph's text there, a control stays in it.
    yield 'nul-char.docx', good_docx(document([p.replace('Hoàn thành', 'Hoàn&#0; thành') for p in PLAN]))
    yield 'control-chars.docx', good_docx(document([p.replace('KẾ HOẠCH', 'KẾ\x0b HOẠCH&#x1B;') for p in PLAN]))
    yield 'invalid-utf8.txt', (plan_text.replace('Chuyển', 'Chuy\udcff\udcfen')).encode('utf-8', 'surrogateescape')
    yield 'utf16le-bom.txt', b'\xff\xfe' + plan_text.encode('utf-16-le')
    yield 'utf16be-no-bom.txt', plan_text.encode('utf-16-be')
    yield 'nul-bytes.txt', plan_text.replace('Hoàn thành', '\0 Hoàn thành').encode()
    yield 'control-chars.txt', plan_text.replace('KẾ HOẠCH', 'KẾ\x0b HOẠCH\x1b').encode()
    yield 'bom-inside.txt', ('\ufeff' + plan_text + '\ufeff' + 'II. NỘI DUNG\n').encode()
    yield 'mixed-line-ends.txt', plan_text.replace('\n\n', '\r\r', 2).replace('\n', '\r\n', 2).encode()
    yield 'empty.txt', b''
    yield 'empty.docx', b''
    yield 'binary.txt', b''.join(struct.pack('<I', i) for i in range(256))  # a table of integers: 3 NULs in 4 bytes


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'files')
    os.makedirs(out, exist_ok=True)
    for name, data in cases():
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
