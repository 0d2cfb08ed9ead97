#include "text/tone_style.hpp"

#include <gtest/gtest.h>

#include "text/match_text.hpp"

namespace vanban::text {
namespace {

TEST(ToneStyle, OldPutsTheToneOnTheFirstVowelOfOaOeUy) {
  EXPECT_EQ(retone("hoà bình, khoẻ mạnh, thuỷ lợi", ToneStyle::Old), "hòa bình, khỏe mạnh, thủy lợi");
  EXPECT_EQ(retone("Uỷ ban nhân dân", ToneStyle::Old), "Ủy ban nhân dân");
  EXPECT_EQ(retone("UỶ BAN NHÂN DÂN", ToneStyle::Old), "ỦY BAN NHÂN DÂN");
}

TEST(ToneStyle, NewPutsTheToneOnTheMainVowel) {
  EXPECT_EQ(retone("hòa bình, khỏe mạnh, thủy lợi", ToneStyle::New), "hoà bình, khoẻ mạnh, thuỷ lợi");
  EXPECT_EQ(retone("Ủy ban nhân dân", ToneStyle::New), "Uỷ ban nhân dân");
}

TEST(ToneStyle, ClosedSyllablesAndQuGiOnsetsDoNotChange) {
  const std::string text = "hoàng, toán, khuyết, quý, quả, quỳ, giỏi, thuở, khuya, Hoá";
  EXPECT_EQ(retone("hoàng, toán, khuyết, quý, quả, quỳ, giỏi, thuở, khuya", ToneStyle::Old),
            "hoàng, toán, khuyết, quý, quả, quỳ, giỏi, thuở, khuya");
  EXPECT_EQ(retone("hoàng, toán, khuyết, quý, quả, quỳ, giỏi, thuở, khuya", ToneStyle::New),
            "hoàng, toán, khuyết, quý, quả, quỳ, giỏi, thuở, khuya");
  EXPECT_EQ(retone(text, ToneStyle::Keep), text);
}

TEST(ToneStyle, RoundTripsBetweenConventions) {
  const std::string old_style = "Quyết định phê duyệt Đề án hòa nhập, Ủy ban, thủy sản, sức khỏe";
  EXPECT_EQ(retone(retone(old_style, ToneStyle::New), ToneStyle::Old), old_style);
}

TEST(ToneStyle, FoldMakesBothConventionsAndQuiQuyEqual) {
  Folder folder;
  EXPECT_EQ(folder.fold_utf8("hoà"), folder.fold_utf8("hòa"));
  EXPECT_EQ(folder.fold_utf8("thuỷ"), folder.fold_utf8("thủy"));
  EXPECT_EQ(folder.fold_utf8("Uỷ ban"), folder.fold_utf8("Ủy ban"));
  EXPECT_EQ(folder.fold_utf8("khoẻ"), folder.fold_utf8("khỏe"));
  EXPECT_EQ(folder.fold_utf8("quí"), folder.fold_utf8("quý"));
  EXPECT_EQ(folder.fold_utf8("Qui định"), folder.fold_utf8("quy định"));
  EXPECT_EQ(folder.fold_utf8("QUÍ I"), "quy i");
  // Only syllable-final: "quít" and "quýt" are left to the letters as written.
  EXPECT_EQ(folder.fold_utf8("quit"), "quit");
  EXPECT_EQ(folder.fold_utf8("equi"), "equi");
}

}  // namespace
}  // namespace vanban::text
