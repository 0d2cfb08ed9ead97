#include "ingest/format_sniffer.hpp"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(FormatSniffer, TellsTheFourFormatsFromTheirBytes) {
  EXPECT_EQ(sniff_format(std::string("PK\x03\x04rest", 8)), InputFormat::Docx);
  EXPECT_EQ(sniff_format(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')), InputFormat::Doc);
  EXPECT_EQ(sniff_format("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), InputFormat::Pdf);
  EXPECT_EQ(sniff_format("KẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n"), InputFormat::Markdown);
}

TEST(FormatSniffer, FindsAPdfHeaderAfterLeadingJunkInTheFirstKilobyte) {
  EXPECT_EQ(sniff_format(std::string(200, ' ') + "%PDF-1.4\n"), InputFormat::Pdf);
  // Further down it is text quoting a PDF header, not a PDF.
  EXPECT_EQ(sniff_format(std::string(2000, 'a') + "%PDF-1.4\n"), InputFormat::Markdown);
}

}  // namespace
}  // namespace vanban
