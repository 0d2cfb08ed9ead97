#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"
#include "cli/exit_codes.hpp"

namespace {

using vanban::cli::Command;

constexpr Command kCommands[] = {
    {"convert", "convert a DOCX, Markdown or text document to JSON or XML", vanban::cli::run_convert},
    {"batch", "convert every document under folders: outputs, a report, NDJSON, an SQLite database", vanban::cli::run_batch},
    {"validate", "check a document against the format rules (NĐ 30/2020, HD 36, normative): a linter", vanban::cli::run_validate},
    {"merge-reports", "join the reports and SQLite files of a batch split into shards (--shard K/N)", vanban::cli::run_merge_reports},
};

void print_usage(std::ostream& out) {
  out << "vanban " VANBAN_VERSION " - Vietnamese official documents to JSON and XML\n\n"
         "Usage: vanban <command> [options]\n\nCommands:\n";
  for (const auto& c : kCommands) {
    out << "  " << c.name << std::string(c.name.size() < 15 ? 15 - c.name.size() : 1, ' ') << c.summary << "\n";
  }
  out << "\nRun 'vanban <command> --help' for a command's options and examples; 'vanban --version' for the version.\n"
         "Input '-' is standard input, output '-' standard output; messages go to standard error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    print_usage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? vanban::cli::kUsage : vanban::cli::kOk;
  }
  if (args[0] == "--version") {
    std::cout << "vanban " VANBAN_VERSION "\n";
    return vanban::cli::kOk;
  }
  for (const auto& c : kCommands) {
    if (args[0] == c.name) {
      try {
        return c.run({args.begin() + 1, args.end()});
      } catch (const std::exception& e) {
        std::cerr << "vanban: internal error: " << e.what() << "\n";
        return vanban::cli::kInternal;
      }
    }
  }
  std::cerr << "vanban: unknown command '" << args[0] << "'\n\n";
  print_usage(std::cerr);
  return vanban::cli::kUsage;
}
