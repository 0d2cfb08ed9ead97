#pragma once
#include <string_view>
#include <vector>

namespace vanban::cli {

/// A subcommand: `vanban <name> …`. The table of them lives in main.cpp.
struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string_view>& args);
};

int run_convert(const std::vector<std::string_view>& args);
int run_batch(const std::vector<std::string_view>& args);
int run_merge_reports(const std::vector<std::string_view>& args);
int run_validate(const std::vector<std::string_view>& args);

}  // namespace vanban::cli
