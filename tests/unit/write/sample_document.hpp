#pragma once
// A small analysed Document built by hand, shared by the writer tests (invented content).
#include "model/document.hpp"

namespace vanban::testing {

inline Document sample_document() {
  Document doc;
  doc.source = "ke-hoach.md";
  doc.format = InputFormat::Markdown;

  auto para = [](std::string text, std::uint32_t line) {
    Paragraph p;
    p.text = std::move(text);
    p.location.line = line;
    p.location.column = 1;
    return p;
  };
  doc.blocks.push_back(para("ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO", 1));                          // 0 front
  doc.blocks.push_back(para("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", 5));  // 1 preamble
  Paragraph heading = para("I. MỤC ĐÍCH, YÊU CẦU", 7);
  heading.style.bold = true;
  heading.style.heading_level = 2;
  doc.blocks.push_back(heading);                                                        // 2
  Paragraph body = para("Hoàn thành trước ngày 25/5/2025 \"đúng hạn\" <đủ> & gọn.", 8);
  body.footnote_marks.push_back({"1", 10});
  doc.blocks.push_back(body);                                                           // 3
  Table t;
  t.location.line = 9;
  TableRow row;
  TableCell cell;
  cell.paragraphs.push_back(para("Văn phòng", 9));
  cell.paragraphs.push_back(para("UBND xã", 9));
  cell.grid_span = 2;
  row.cells.push_back(cell);
  t.rows.push_back(row);
  doc.blocks.push_back(t);                                                              // 4
  doc.blocks.push_back(para("CHỦ TỊCH", 12));                                            // 5 closing

  doc.front = {0, 1};
  doc.preamble = {1, 2};
  doc.body = {2, 5};
  doc.closing = {5, 6};

  Section s;
  s.label = "I.";
  s.key = "I";
  s.kind = SectionKind::Roman;
  s.path = "I";
  s.title = "MỤC ĐÍCH, YÊU CẦU";
  s.level = 1;
  s.heading_block = 2;
  s.blocks = {3, 5};
  s.location.line = 7;
  s.location.column = 1;
  doc.sections.push_back(s);

  doc.footnotes.push_back({"1", "Ghi chú thứ nhất", {}});

  auto& m = doc.metadata;
  m.doc_type = "Kế hoạch";
  m.doc_type_code = "KH";
  m.symbol = "KH-UBND";
  m.number_symbol = "/KH-UBND";
  m.issuer = "Ủy ban nhân dân xã Hưng Đạo";
  m.issue_date = PartialDate{2025, 4, 0};
  m.signer.position = "CHỦ TỊCH";
  m.signer.name = "Trần Văn Bình";
  m.recipients = {"UBND huyện", "Lưu: VT"};
  m.draft = true;

  Reference r;
  r.id = "30/2020/NĐ-CP@2020-03-05";
  r.text = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ";
  r.type = "Nghị định";
  r.type_code = "NĐ";
  r.number = "30";
  r.number_symbol = "30/2020/NĐ-CP";
  r.date = PartialDate{2020, 3, 5};
  r.year = 2020;
  r.relation = "basis";
  r.occurrences.push_back({r.text, "", "preamble", {5, 8, 0}});
  doc.references.push_back(r);

  Deadline d;
  d.text = "trước ngày 25/5/2025";
  d.value = "2025-05-25";
  d.kind = "before";
  d.path = "I";
  d.sentence = "Hoàn thành trước ngày 25/5/2025.";
  d.location = {8, 12, 0};
  doc.deadlines.push_back(d);
  doc.tasks.push_back({"Văn phòng", "lead", "Tổng hợp báo cáo", 0, "I"});

  doc.diagnostics.warning("md.heading-level", "heading level skipped", {7, 1, 0});
  return doc;
}

}  // namespace vanban::testing
