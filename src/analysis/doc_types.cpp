#include "analysis/doc_types.hpp"

#include <algorithm>

namespace vanban::analysis {

namespace {

struct Row {
  const char* name;
  const char* folded;
  std::vector<std::string> codes;
};

// Folded names are written by hand in text::Folder's form: lower case, no marks, 'đ' kept.
const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      // NĐ 30/2020, Phụ lục III
      {"Nghị quyết", "nghi quyet", {"NQ"}},
      {"Quyết định", "quyet đinh", {"QĐ"}},
      {"Chỉ thị", "chi thi", {"CT"}},
      {"Quy chế", "quy che", {"QC"}},
      {"Quy định", "quy đinh", {"QyĐ", "QĐi", "QĐ"}},
      {"Thông cáo", "thong cao", {"TC"}},
      {"Thông báo", "thong bao", {"TB"}},
      {"Hướng dẫn", "huong dan", {"HD"}},
      {"Chương trình", "chuong trinh", {"CTr"}},
      {"Kế hoạch", "ke hoach", {"KH"}},
      {"Phương án", "phuong an", {"PA"}},
      {"Đề án", "đe an", {"ĐA"}},
      {"Dự án", "du an", {"DA"}},
      {"Báo cáo", "bao cao", {"BC"}},
      {"Biên bản", "bien ban", {"BB"}},
      {"Tờ trình", "to trinh", {"TTr"}},
      {"Hợp đồng", "hop đong", {"HĐ"}},
      {"Công văn", "cong van", {"CV"}},
      {"Công điện", "cong đien", {"CĐ"}},
      {"Bản ghi nhớ", "ban ghi nho", {"BGN"}},
      {"Bản thỏa thuận", "ban thoa thuan", {"BTT"}},
      {"Giấy ủy quyền", "giay uy quyen", {"GUQ"}},
      {"Giấy mời", "giay moi", {"GM"}},
      {"Giấy giới thiệu", "giay gioi thieu", {"GGT"}},
      {"Giấy nghỉ phép", "giay nghi phep", {"GNP"}},
      {"Phiếu gửi", "phieu gui", {"PG"}},
      {"Phiếu chuyển", "phieu chuyen", {"PC"}},
      {"Phiếu báo", "phieu bao", {"PB"}},
      {"Thư công", "thu cong", {}},
      // Party (HD 36-HD/VPTW)
      {"Kết luận", "ket luan", {"KL"}},
      {"Thông tri", "thong tri", {"TT"}},
      {"Quy chế phối hợp", "quy che phoi hop", {"QC"}},
      // Normative documents
      {"Hiến pháp", "hien phap", {}},
      {"Bộ luật", "bo luat", {"QH"}},
      {"Luật", "luat", {"QH"}},
      {"Pháp lệnh", "phap lenh", {"UBTVQH"}},
      {"Lệnh", "lenh", {"L"}},
      {"Nghị định", "nghi đinh", {"NĐ"}},
      {"Thông tư", "thong tu", {"TT"}},
      {"Thông tư liên tịch", "thong tu lien tich", {"TTLT"}},
      {"Nghị quyết liên tịch", "nghi quyet lien tich", {"NQLT"}},
      {"Văn bản hợp nhất", "van ban hop nhat", {"VBHN"}},
      // Used in practice outside the lists
      {"Phiếu trình", "phieu trinh", {"PTr"}},
      {"Tham luận", "tham luan", {"TL"}},
      {"Điều lệ", "đieu le", {"ĐL"}},
      {"Đề cương", "đe cuong", {"ĐC"}},
      {"Thông điệp", "thong điep", {}},
      {"Diễn văn", "dien van", {}},
  };
  return table;
}

}  // namespace

DocTypeTable::DocTypeTable() {
  for (const auto& r : rows()) types_.push_back(DocTypeInfo{r.name, r.folded, r.codes});
}

const DocTypeInfo* DocTypeTable::by_folded_name(std::string_view folded_line) const {
  for (const auto& t : types_)
    if (t.folded == folded_line) return &t;
  return nullptr;
}

const DocTypeInfo* DocTypeTable::by_folded_prefix(std::string_view folded_line) const {
  const DocTypeInfo* best = nullptr;
  for (const auto& t : types_) {
    if (folded_line.size() < t.folded.size() || folded_line.compare(0, t.folded.size(), t.folded) != 0) continue;
    if (folded_line.size() > t.folded.size() && folded_line[t.folded.size()] != ' ') continue;
    if (!best || t.folded.size() > best->folded.size()) best = &t;
  }
  return best;
}

const DocTypeInfo* DocTypeTable::by_code(std::string_view code) const {
  if (code.empty()) return nullptr;
  for (const auto& t : types_)
    if (!t.codes.empty() && t.codes.front() == code) return &t;
  for (const auto& t : types_)
    if (std::find(t.codes.begin(), t.codes.end(), code) != t.codes.end()) return &t;
  return nullptr;
}

std::optional<std::string> DocTypeTable::code_for(const DocTypeInfo& type, std::string_view symbol_code) const {
  if (!symbol_code.empty() && std::find(type.codes.begin(), type.codes.end(), symbol_code) != type.codes.end())
    return std::string(symbol_code);
  if (type.folded == "cong van") {  // state công văn have no type code; Party ones use CV
    if (symbol_code == "CV") return std::string("CV");
    return std::nullopt;
  }
  if (type.codes.empty()) return std::nullopt;
  return type.codes.front();
}

std::string symbol_type_code(std::string_view symbol) {
  std::string_view s = symbol;
  // Normative: a year first ("2026/NĐ-CP").
  if (s.size() > 5 && std::all_of(s.begin(), s.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) && s[4] == '/')
    s.remove_prefix(5);
  const std::size_t cut = s.find_first_of("-/");
  return std::string(s.substr(0, cut));
}

}  // namespace vanban::analysis
