#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <string>

#include "batch/report_merge.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/exit_codes.hpp"
#include "write/sqlite_store.hpp"

namespace po = boost::program_options;

namespace vanban::cli {

int run_merge_reports(const std::vector<std::string_view>& raw_args) {
  std::vector<std::string> reports, shard_dbs;
  std::string output, db;
  po::options_description opts("Options");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "the merged report")
      ("db", po::value(&db), "the merged SQLite database (created or updated)")
      ("from-db", po::value(&shard_dbs)->multitoken(), "the shards' SQLite databases to merge into --db");
  if (auto done = parse_command_line(
          "merge-reports", raw_args, opts, reports,
          "Usage: vanban merge-reports REPORT... -o MERGED [--db MERGED.sqlite --from-db SHARD.sqlite...]",
          "\nJoins the reports (and SQLite files) of the shards of one batch (vanban batch --shard K/N) into\n"
          "what a single run would have written.\n\nExample:\n"
          "  vanban merge-reports rep-1.json rep-2.json rep-3.json -o report.json \\\n"
          "    --db archive.sqlite --from-db part-1.sqlite part-2.sqlite part-3.sqlite\n"
          "\nExit codes: 0 merged, 2 bad command line, 3 a report or database could not be read,\n"
          "5 the merged report or database could not be written.\n")) {
    return *done;
  }
  if (reports.empty() && shard_dbs.empty()) return usage_error("merge-reports", "nothing to merge");
  if (!reports.empty() && output.empty()) return usage_error("merge-reports", "no output: give -o MERGED");
  if (!shard_dbs.empty() && db.empty()) return usage_error("merge-reports", "--from-db needs --db MERGED.sqlite");
  if (!reports.empty()) {
    std::string error;
    if (!batch::merge_reports(reports, output, error)) {
      std::cerr << "vanban merge-reports: " << error << "\n";
      return kCannotRead;
    }
  }
  if (!shard_dbs.empty()) {
    for (const auto& part : shard_dbs) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(part, ec)) {
        std::cerr << "vanban merge-reports: " << part << ": no such database\n";
        return kCannotRead;
      }
    }
    try {
      SqliteStore store(db);
      for (const auto& part : shard_dbs) store.merge_from(part);
    } catch (const std::exception& e) {
      std::cerr << "vanban merge-reports: " << e.what() << "\n";
      return kCannotWrite;
    }
  }
  return kOk;
}

}  // namespace vanban::cli
