// Shared by the rule tests: clean documents written for the tests (invented bodies, names and numbers) and a
// table-driven runner that edits them by string replacement so that one rule fires (or, for a near miss,
// does not).
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "api/converter.hpp"
#include "validate/validator.hpp"

namespace vanban::validate::testing {

/// A clean state Kế hoạch (NĐ 30): every required part, a footnote, citations, deadlines, a three-level outline.
inline constexpr const char* kPlan = R"(| ỦY BAN NHÂN DÂN<br>**XÃ HÒA BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|:---:|:---:|
| Số: 15/KH-UBND | *Hòa Bình, ngày 05 tháng 3 năm 2026* |

**KẾ HOẠCH**

**Phát triển thư viện cộng đồng xã Hòa Bình năm 2026**

*Căn cứ Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND huyện về phát triển văn hóa đọc năm 2026*<sup>1</sup>*;*

Ủy ban nhân dân xã ban hành Kế hoạch phát triển thư viện cộng đồng năm 2026 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

a) Nâng cao thói quen đọc sách của thiếu nhi và người cao tuổi trên địa bàn xã.

b) Mỗi thôn có ít nhất một tủ sách cộng đồng.

**2. Yêu cầu**

Bảo đảm tiết kiệm, đúng quy định; phân công rõ trách nhiệm của từng đơn vị.

**II. NHIỆM VỤ**

**1. Xây dựng tủ sách thôn**

a) Khảo sát nhu cầu đọc tại các thôn, hoàn thành trước ngày 30/4/2026.

b) Vận động quyên góp sách theo Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã.

c) Lắp đặt tủ sách tại nhà văn hóa thôn trong tháng 8/2026.

d) Cập nhật danh mục sách lên trang thông tin điện tử của xã.

đ) Tổ chức ngày hội đọc sách vào dịp hè.

**2. Bồi dưỡng người phụ trách**

Mở một lớp bồi dưỡng nghiệp vụ thư viện trong quý III/2026.

**III. TỔ CHỨC THỰC HIỆN**

**1. Công chức Văn hóa - Xã hội**

Theo dõi, tổng hợp, báo cáo kết quả về UBND xã trước ngày 15/12/2026.

**2. Các thôn**

Bố trí nơi đặt tủ sách, báo cáo trước ngày 31/5/2026./.

| **Nơi nhận:**<br>- UBND huyện (b/c);<br>- Các thôn;<br>- Lưu: VT, VHXH. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Trần Thị Mai** |
|:---|:---:|

---

<sup>1</sup> Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND huyện về phát triển văn hóa đọc năm 2026.
)";

/// A clean Party Kế hoạch (HD 36).
inline constexpr const char* kPartyPlan = R"(| ĐẢNG BỘ HUYỆN ĐÔNG SƠN<br>**ĐẢNG ỦY XÃ AN PHÚ**<br>* | **ĐẢNG CỘNG SẢN VIỆT NAM** |
|:---:|:---:|
| Số 12-KH/ĐU | *An Phú, ngày 05 tháng 3 năm 2026* |

**KẾ HOẠCH**

**tổ chức các hoạt động kỷ niệm ngày thành lập Đảng bộ xã**

**I. MỤC ĐÍCH, YÊU CẦU**

Giáo dục truyền thống cách mạng cho cán bộ, đảng viên và Nhân dân.

**II. NỘI DUNG**

Tổ chức gặp mặt các đảng viên lão thành, hoàn thành trước ngày 30/4/2026.

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng Đảng ủy theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy./.

| **Nơi nhận:**<br>- Ban Thường vụ Huyện ủy (b/c),<br>- Các chi bộ trực thuộc,<br>- Lưu Văn phòng Đảng ủy. | **T/M ĐẢNG ỦY**<br>**BÍ THƯ**<br><br>**Lê Văn Hùng** |
|:---|:---:|
)";

struct Edit {
  std::string from;
  std::string to;
};

/// One row of a rule's table: edits on a base text, the rule, whether it must fire.
struct Case {
  std::string name;
  std::string code;
  std::vector<Edit> edits;
  bool fires = true;
  const char* base = kPlan;
  std::optional<Profile> profile = std::nullopt;
  PartialDate today = {2026, 6, 1};
};

inline std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.name; }

inline std::string edit_text(std::string text, const std::vector<Edit>& edits) {
  for (const auto& e : edits) {
    const auto at = text.find(e.from);
    EXPECT_NE(at, std::string::npos) << "the base text has no \"" << e.from << "\"";
    if (at != std::string::npos) text.replace(at, e.from.size(), e.to);
  }
  return text;
}

inline PartialDate test_today() { return {2026, 6, 1}; }

inline ValidationResult run(const std::string& markdown, std::optional<Profile> profile = std::nullopt,
                            PartialDate today = test_today()) {
  Converter converter;
  ConvertOptions options;
  options.from = InputFormat::Markdown;
  const Document doc = converter.convert(markdown, options);
  Validator validator;
  ValidateOptions v;
  v.profile = profile;
  v.today = today;
  return validator.validate(doc, v);
}

inline std::string describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) out += "\n  " + f.code + " " + f.message;
  return out;
}

inline const Finding* find_code(const std::vector<Finding>& findings, std::string_view code) {
  const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
  return it == findings.end() ? nullptr : &*it;
}

/// Runs one table row: the rule fires (with a message and a known location) or, for a near miss, does not.
inline void check_case(const Case& c) {
  const auto result = run(edit_text(c.base, c.edits), c.profile, c.today);
  const Finding* f = find_code(result.findings, c.code);
  if (c.fires) {
    ASSERT_NE(f, nullptr) << c.code << " did not fire; findings:" << describe(result.findings);
    EXPECT_FALSE(f->message.empty());
    EXPECT_TRUE(f->location.known()) << c.code;
  } else {
    EXPECT_EQ(f, nullptr) << c.code << " fired on a near miss: " << (f ? f->message : "");
  }
}

/// Instantiates a table of cases as one test each, named by the case.
#define VANBAN_RULE_CASES(Suite, table)                                                              \
  class Suite : public ::testing::TestWithParam<::vanban::validate::testing::Case> {};             \
  TEST_P(Suite, FiresOrNot) { ::vanban::validate::testing::check_case(GetParam()); }               \
  INSTANTIATE_TEST_SUITE_P(Rules, Suite, ::testing::ValuesIn(table),                               \
                           [](const auto& info) { return info.param.name; })

}  // namespace vanban::validate::testing
