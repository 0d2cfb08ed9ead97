#include "analysis/symbol_issuers.hpp"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "analysis/number_symbol.hpp"

namespace vanban {
namespace {

// Issuer codes of symbols (folded, as text::Folder folds them) and the bodies they stand for. Central
// bodies and the usual departments of a province; the Party's central code TW is signed by the Central
// Committee, the Politburo and the Secretariat alike (DOMAIN), named here by the first.
constexpr std::array<std::pair<std::string_view, std::string_view>, 57> kBodies = {{
    {"cp", "Chính phủ"},
    {"ttg", "Thủ tướng Chính phủ"},
    {"vpcp", "Văn phòng Chính phủ"},
    {"qh", "Quốc hội"},
    {"ubtvqh", "Ủy ban Thường vụ Quốc hội"},
    {"tw", "Ban Chấp hành Trung ương"},
    {"vptw", "Văn phòng Trung ương Đảng"},
    {"ttcp", "Thanh tra Chính phủ"},
    {"nhnn", "Ngân hàng Nhà nước Việt Nam"},
    {"ktnn", "Kiểm toán nhà nước"},
    {"tandtc", "Tòa án nhân dân tối cao"},
    {"vksndtc", "Viện kiểm sát nhân dân tối cao"},
    {"btc", "Bộ Tài chính"},
    {"bnv", "Bộ Nội vụ"},
    {"btp", "Bộ Tư pháp"},
    {"bca", "Bộ Công an"},
    {"bqp", "Bộ Quốc phòng"},
    {"byt", "Bộ Y tế"},
    {"bxd", "Bộ Xây dựng"},
    {"bct", "Bộ Công Thương"},
    {"bng", "Bộ Ngoại giao"},
    {"bgdđt", "Bộ Giáo dục và Đào tạo"},
    {"bkhcn", "Bộ Khoa học và Công nghệ"},
    {"bkhđt", "Bộ Kế hoạch và Đầu tư"},
    {"btnmt", "Bộ Tài nguyên và Môi trường"},
    {"bnnptnt", "Bộ Nông nghiệp và Phát triển nông thôn"},
    {"bnnmt", "Bộ Nông nghiệp và Môi trường"},
    {"btttt", "Bộ Thông tin và Truyền thông"},
    {"blđtbxh", "Bộ Lao động - Thương binh và Xã hội"},
    {"bvhttdl", "Bộ Văn hóa, Thể thao và Du lịch"},
    {"bgtvt", "Bộ Giao thông vận tải"},
    {"bdttg", "Bộ Dân tộc và Tôn giáo"},
    {"ubdt", "Ủy ban Dân tộc"},
    {"stp", "Sở Tư pháp"},
    {"snv", "Sở Nội vụ"},
    {"stc", "Sở Tài chính"},
    {"syt", "Sở Y tế"},
    {"sxd", "Sở Xây dựng"},
    {"sct", "Sở Công Thương"},
    {"sgdđt", "Sở Giáo dục và Đào tạo"},
    {"skhcn", "Sở Khoa học và Công nghệ"},
    {"skhđt", "Sở Kế hoạch và Đầu tư"},
    {"stnmt", "Sở Tài nguyên và Môi trường"},
    {"snnptnt", "Sở Nông nghiệp và Phát triển nông thôn"},
    {"snnmt", "Sở Nông nghiệp và Môi trường"},
    {"stttt", "Sở Thông tin và Truyền thông"},
    {"slđtbxh", "Sở Lao động - Thương binh và Xã hội"},
    {"svhttdl", "Sở Văn hóa, Thể thao và Du lịch"},
    {"sgtvt", "Sở Giao thông vận tải"},
    {"sng", "Sở Ngoại vụ"},
    {"sdttg", "Sở Dân tộc và Tôn giáo"},
    {"vpubnd", "Văn phòng Ủy ban nhân dân"},
    {"ubmttq", "Ủy ban Mặt trận Tổ quốc"},
    {"tlđ", "Tổng Liên đoàn Lao động Việt Nam"},
    {"twđtn", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
    {"bcđtw", "Ban Chỉ đạo Trung ương"},
    {"ubkttw", "Ủy ban Kiểm tra Trung ương"},
}};

// Codes of bodies found at every level: which one is meant depends on the citing document.
constexpr std::array<std::string_view, 7> kLocalCodes = {"ubnd", "hđnd", "tu", "hu", "đu", "tv", "cb"};

/// The groups of a symbol after the number, year dropped: "59/2023/NĐ-CP" -> {NĐ, CP}; Party
/// "114-KL/TW" -> {KL, TW} with `party` set.
std::vector<std::string> groups_of(const std::string& ns, bool* party) {
  std::size_t i = 0;
  while (i < ns.size() && std::isdigit(static_cast<unsigned char>(ns[i]))) ++i;
  while (i < ns.size() && std::islower(static_cast<unsigned char>(ns[i]))) ++i;  // "12a/…"
  *party = i < ns.size() && ns[i] == '-';
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t k = i + 1; k <= ns.size(); ++k) {
    if (k == ns.size() || ns[k] == '-' || ns[k] == '/') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(ns[k]);
    }
  }
  if (!out.empty() && out.front().size() == 4 && std::isdigit(static_cast<unsigned char>(out.front()[0])) &&
      std::isdigit(static_cast<unsigned char>(out.front()[3])))
    out.erase(out.begin());  // the year of a normative symbol
  return out;
}

/// "qh15" -> "qh", "ubtvqh14" -> "ubtvqh": a term number after a code is not part of it.
std::string without_term(std::string code) {
  while (!code.empty() && std::isdigit(static_cast<unsigned char>(code.back()))) code.pop_back();
  return code;
}

/// The folded issuer code of a number/symbol: Party "N-TYPE/ISSUER": the group after the slash; state
/// "N/TYPE-ISSUER" or a công văn's "N/ISSUER-UNIT": the group after a known type code, else the first.
std::string issuer_code(const text::Folder& folder, const std::string& ns) {
  bool party = false;
  const auto groups = groups_of(ns, &party);
  const std::size_t at = party || (type_code_from_symbol(folder, ns) && groups.size() > 1) ? 1 : 0;
  return at < groups.size() ? without_term(folder.fold_utf8(groups[at])) : std::string();
}

/// The issuer code of the document's own symbol ("KH-UBND" -> "ubnd", Party "NQ/TU" -> "tu").
std::string own_code(const text::Folder& folder, const Metadata& self) {
  if (!self.symbol || self.symbol->empty()) return {};
  const std::string& sym = *self.symbol;
  const std::size_t slash = sym.find('/');
  const bool party = slash != std::string::npos && sym.find('-') > slash && !std::isdigit(static_cast<unsigned char>(sym[0]));
  return issuer_code(folder, (party ? "0-" : "0/") + sym);
}

bool names_body(const text::Folder& folder, const std::string& issuer, std::string_view code) {
  const std::string f = folder.fold_utf8(issuer);
  if (code == "ubnd") return f.find("uy ban nhan dan") != std::string::npos || f.find("ubnd") != std::string::npos;
  if (code == "hđnd") return f.find("hoi đong nhan dan") != std::string::npos || f.find("hđnd") != std::string::npos;
  if (code == "tu") return f.find("tinh uy") != std::string::npos || f.find("thanh uy") != std::string::npos;
  if (code == "hu") return f.find("huyen uy") != std::string::npos;
  if (code == "đu") return f.find("đang uy") != std::string::npos;
  return false;
}

}  // namespace

std::optional<std::string> issuer_from_symbol(const text::Folder& folder, std::string_view number_symbol, const Metadata& self) {
  const std::string ns = compact_number_symbol(number_symbol);
  const std::string code = issuer_code(folder, ns);
  if (code.empty()) return std::nullopt;
  for (const auto& [abbr, body] : kBodies)
    if (code == abbr) return std::string(body);
  for (auto local : kLocalCodes) {
    if (code != local) continue;
    if (self.issuer && own_code(folder, self) == code) return self.issuer;
    if (self.issuer && names_body(folder, *self.issuer, code)) return self.issuer;
    if (self.parent_issuer && names_body(folder, *self.parent_issuer, code)) return self.parent_issuer;
  }
  return std::nullopt;
}

}  // namespace vanban
