// Converts a small plan in memory and prints what it cites and when it falls due: the README's example.
#include <api/converter.hpp>
#include <write/json_writer.hpp>

#include <iostream>

int main() {
  const std::string bytes =
      "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2026\n\n"
      "Căn cứ Kế hoạch số 17/KH-UBND ngày 03/4/2026 của UBND huyện Tân Lạc;\n\n"
      "I. TỔ CHỨC THỰC HIỆN\n\nCác trường báo cáo kết quả trước ngày 30/4/2026./.\n";
  vanban::Converter converter;
  vanban::Document doc = converter.convert(bytes, {});
  for (const auto& r : doc.references) std::cout << "cites " << r.number_symbol.value_or("?") << "\n";
  for (const auto& d : doc.deadlines) std::cout << "due " << d.value << "\n";
  std::cout << (vanban::to_json(doc).find("\"schema_version\"") != std::string::npos ? "json ok\n" : "json missing\n");
}
