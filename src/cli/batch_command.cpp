#include <boost/program_options.hpp>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

#include "batch/batch_runner.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/convert_flags.hpp"
#include "cli/exit_codes.hpp"
#include "cli/today.hpp"
#include "cli/progress_line.hpp"

namespace po = boost::program_options;

namespace vanban::cli {
namespace {

constexpr const char* kExamples =
    "Examples:\n"
    "  vanban batch archive/ -o out/                    JSON for every document, same tree under out/\n"
    "  vanban batch archive/ -o out/ -t json,xml -j 4   JSON and XML, four workers\n"
    "  vanban batch archive/ -o out/ --resume           after a kill: only what is missing or changed\n"
    "  vanban batch archive/ --db archive.sqlite        load everything into SQLite (see README)\n"
    "  find . -name '*.docx' | vanban batch - --ndjson  paths on standard input, one JSON per line out\n"
    "  vanban batch archive/ -o out/ --shard 2/3        the second of three machines' shares\n"
    "  vanban batch archive/ -o out/ --validate         with the linter's findings (counted in the report)\n"
    "  vanban batch archive/ -o out/ --ocr              PDF scans read by Tesseract (else counted as scans)\n"
    "\nOutputs: OUT/<path under the input>.json (and .xml), each written whole or not at all; OUT/vanban-report.json\n"
    "lists every file's status, time and counts. Exit codes: 0 every document converted (non-documents are\n"
    "skipped with a note), 1 some documents failed or are scans without --ocr (the others were converted),\n"
    "2 bad command line, 5 the output folder, report or database could not be written.\n";

bool parse_shard(const std::string& text, batch::Shard& shard) {
  unsigned k = 0, n = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%u/%u%c", &k, &n, &tail) != 2 || n == 0 || k == 0 || k > n) return false;
  shard.index = k - 1;
  shard.count = n;
  return true;
}

}  // namespace

int run_batch(const std::vector<std::string_view>& raw_args) {
  batch::BatchOptions o;
  std::string to = "json", shard;
  bool quiet = false, verbose = false, ndjson = false, validate_flag = false;
  std::string today, profile = "auto";
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  ConvertFlags flags;
  flags.default_max_seconds = ConvertFlags::kBatchMaxSeconds;

  po::options_description opts("Options");
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&o.out_dir), "output folder (created); outputs keep each file's path under the input")
      ("to,t", po::value(&to), "output formats, comma-separated: json (default), xml or json,xml")
      ("jobs,j", po::value(&jobs), "documents converted at once (default: the number of cores)")
      ("resume", po::bool_switch(&o.resume), "skip files whose outputs are up to date (same content and options)")
      ("glob", po::value(&o.inputs.glob), "only files whose path or name matches this pattern ('*.docx')")
      ("ndjson", po::bool_switch(&ndjson), "also print each document as one JSON line on standard output")
      ("db", po::value(&o.db_path), "load every document into this SQLite database (created or updated)")
      ("report", po::value(&o.report_path), "write the JSON report here (default: OUT/vanban-report.json)")
      ("shard", po::value(&shard), "K/N: take only the K-th of N stable shares of the files (several machines)")
      ("pretty", po::bool_switch(&o.pretty), "indent the JSON and XML files")
      ("durable", po::bool_switch(&o.durable), "flush each output to the disk before renaming it (survives power cuts; slower)")
      ("quiet,q", po::bool_switch(&quiet), "print nothing but the failures")
      ("verbose,v", po::bool_switch(&verbose), "print one line per file")
      ("validate", po::bool_switch(&validate_flag), "run the linter too: findings in the outputs, the report and the database")
      ("profile", po::value(&profile), "with --validate: rule book auto (default), nd30, party or normative")
      ("today", po::value(&today), "with --validate: the date to check against, YYYY-MM-DD (default: today, UTC)");
  flags.add_to(opts);
  if (auto done = parse_command_line(
          "batch", raw_args, opts, o.inputs.roots,
          "Usage: vanban batch IN... [-o OUT] [options]   (IN: folders, files, or - for paths on standard input)",
          kExamples)) {
    return *done;
  }
  auto usage = [](const std::string& message) { return usage_error("batch", message); };
  if (o.inputs.roots.empty()) return usage("no input (folders, files, or - for paths on standard input)");
  if (o.out_dir.empty() && o.db_path.empty() && !ndjson) return usage("nowhere to put the results: give -o OUT, --db FILE or --ndjson");
  if (jobs == 0 || jobs > 1024) return usage("--jobs must be between 1 and 1024");
  o.jobs = jobs;
  o.json = o.xml = false;
  for (std::size_t start = 0; start <= to.size();) {
    const std::size_t comma = std::min(to.find(',', start), to.size());
    const std::string format = to.substr(start, comma - start);
    if (format == "json") o.json = true;
    else if (format == "xml") o.xml = true;
    else return usage("--to takes json, xml or json,xml, not '" + to + "'");
    start = comma + 1;
  }
  if (validate_flag) {
    validate::ValidateOptions v;
    v.today = today_utc();
    if (!today.empty() && !parse_iso_date(today, v.today)) return usage("--today must be a date YYYY-MM-DD, not '" + today + "'");
    if (profile != "auto") {
      v.profile = validate::profile_from_string(profile);
      if (!v.profile) return usage("--profile must be auto, nd30, party or normative, not '" + profile + "'");
    }
    o.validate = std::move(v);
  } else if (!today.empty() || profile != "auto") {
    return usage("--today and --profile go with --validate");
  }
  if (!shard.empty()) {
    batch::Shard s;
    if (!parse_shard(shard, s)) return usage("--shard must be K/N with 1 <= K <= N, not '" + shard + "'");
    o.shard = s;
  }
  std::string flag_error;
  if (!flags.apply(o.convert, flag_error)) return usage(flag_error);
  o.max_input_bytes = o.convert.read.limits.max_input_bytes;
  if (ndjson) o.ndjson = &std::cout;

  const bool progress = !quiet && !verbose && ::isatty(STDERR_FILENO);
  ProgressLine line(stderr, progress ? batch::count_documents(o) : 0);
  std::size_t done = 0, failed = 0;
  auto on_result = [&](const batch::FileResult& r) {
    using Status = batch::FileResult::Status;
    if (r.status != Status::Skipped) ++done;
    if (r.status == Status::Failed || r.status == Status::Scan) ++failed;
    if (r.status == Status::Failed || r.status == Status::Scan) {  // failures are printed even with -q
      if (progress) line.finish();
      std::cerr << r.path << ": error: " << r.error << "\n";
    } else if (verbose) {
      std::cerr << r.path << ": " << batch::to_string(r.status);
      if (!r.error.empty()) std::cerr << " (" << r.error << ")";
      std::cerr << "\n";
    }
    if (progress) line.update(done, failed);
  };

  batch::BatchSummary s;
  try {
    s = batch::run_batch(o, std::cin, on_result);
  } catch (const std::exception& e) {
    if (progress) line.finish();
    std::cerr << "vanban batch: " << e.what() << "\n";
    return kCannotWrite;
  }
  if (progress) line.finish();
  std::cout.flush();
  if (!quiet) {
    const std::size_t files = s.converted + s.up_to_date + s.failed + s.scans;
    if (verbose && !s.doc_note.empty()) std::fprintf(stderr, "vanban batch: .doc: %s\n", s.doc_note.c_str());
    const std::string scans =
        s.scans == 0 ? "" : ", " + std::to_string(s.scans) + " scanned PDFs not read (run with --ocr)";
    std::fprintf(stderr,
                 "vanban batch: %zu documents: %zu converted, %zu up to date, %zu failed%s; %zu other files skipped; "
                 "%.1f s (%.1f documents/s)%s%s\n",
                 files, s.converted, s.up_to_date, s.failed, scans.c_str(), s.skipped, s.seconds,
                 s.seconds > 0 ? static_cast<double>(files) / s.seconds : 0.0,
                 s.report_path.empty() ? "" : "; report: ", s.report_path.c_str());
  }
  return s.failed || s.scans ? kSomeFailed : kOk;
}

}  // namespace vanban::cli
