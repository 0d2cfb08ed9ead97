#include "io/process.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "io/temp_dir.hpp"

namespace vanban::io {
namespace {

TEST(Process, RunsAProgramWithArgumentsAndNoShell) {
  TempDir dir("vanban-test");
  ASSERT_TRUE(dir.ok()) << dir.error();
  ProcessOptions options;
  options.stdout_path = (dir.path() / "out.txt").string();
  // An argument with spaces and a ';' reaches the program as one argument: no shell ever parses it.
  const ProcessResult r = run_process({"printf", "%s|", "a b; echo no", "c"}, options);
  ASSERT_TRUE(r.ok()) << r.describe();
  std::ifstream in(options.stdout_path);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), "a b; echo no|c|");
}

TEST(Process, ReportsTheExitStatus) {
  const ProcessResult r = run_process({"sh", "-c", "exit 3"}, {});
  EXPECT_EQ(r.status, ProcessResult::Status::Exited);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.describe(), "exited with status 3");
}

TEST(Process, StopsAProgramThatTakesTooLong) {
  ProcessOptions options;
  options.timeout = std::chrono::milliseconds(200);
  const auto start = std::chrono::steady_clock::now();
  const ProcessResult r = run_process({"sleep", "30"}, options);
  EXPECT_EQ(r.status, ProcessResult::Status::TimedOut);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(Process, SaysWhenAProgramCannotStart) {
  const ProcessResult r = run_process({"/nonexistent/vanban-test/engine"}, {});
  EXPECT_EQ(r.status, ProcessResult::Status::NotStarted);
  EXPECT_NE(r.describe().find("could not start"), std::string::npos);
  EXPECT_FALSE(program_available("/nonexistent/vanban-test/engine"));
  EXPECT_TRUE(program_available("sh"));
}

TEST(Process, EngineProgramPrefersTheOptionThenTheEnvironment) {
  EXPECT_EQ(engine_program("/opt/lo/soffice", "VANBAN_TEST_UNSET_VARIABLE", "soffice"), "/opt/lo/soffice");
  EXPECT_EQ(engine_program("", "VANBAN_TEST_UNSET_VARIABLE", "soffice"), "soffice");
}

TEST(TempDir, IsRemovedWithItsContents) {
  std::filesystem::path kept;
  {
    TempDir dir("vanban-test");
    ASSERT_TRUE(dir.ok());
    kept = dir.path();
    std::ofstream(dir.path() / "page-1.png") << "x";
  }
  EXPECT_FALSE(std::filesystem::exists(kept));
}

}  // namespace
}  // namespace vanban::io
