#include <boost/program_options.hpp>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "api/converter.hpp"
#include "cli/command.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_file.hpp"
#include "write/json_writer.hpp"
#include "write/xml_writer.hpp"

namespace po = boost::program_options;

namespace vanban::cli {
namespace {

constexpr const char* kExamples =
    "Examples:\n"
    "  vanban convert plan.docx                    JSON on standard output\n"
    "  vanban convert plan.md -t xml -o plan.xml   XML into a file\n"
    "  vanban convert --pretty - < plan.txt        read standard input\n"
    "  vanban convert --from markdown notes.dat    skip format sniffing\n"
    "\nExit codes: 0 converted, 2 bad command line, 3 input unreadable, 4 input rejected\n"
    "(empty, binary, invalid UTF-8, too large, broken DOCX), 5 output not written.\n";

bool parse_format(const std::string& s, InputFormat& out) {
  if (s == "auto") out = InputFormat::Auto;
  else if (s == "docx") out = InputFormat::Docx;
  else if (s == "markdown" || s == "md" || s == "text" || s == "txt") out = InputFormat::Markdown;
  else return false;
  return true;
}

}  // namespace

int run_convert(const std::vector<std::string_view>& raw_args) {
  std::vector<std::string> args(raw_args.begin(), raw_args.end());
  std::string input, output, to = "json", from = "auto";
  bool pretty = false, quiet = false, reject_changes = false;
  std::string encoding, tone = "keep";
  long long max_input_arg = static_cast<long long>(InputLimits{}.max_input_bytes);
  long long max_uncompressed_arg = static_cast<long long>(InputLimits{}.max_uncompressed_bytes);
  long long max_ratio_arg = InputLimits{}.max_compression_ratio;
  long long max_entries_arg = InputLimits{}.max_zip_entries;

  po::options_description opts("Options");
  opts.add_options()
      ("help,h", "show this help")
      ("to,t", po::value(&to), "output format: json (default) or xml")
      ("output,o", po::value(&output), "write to this file instead of standard output")
      ("from", po::value(&from), "input format: auto (default, sniffed from the bytes), docx or markdown")
      ("pretty", po::bool_switch(&pretty), "indent the output")
      ("encoding", po::value(&encoding), "text input: utf-8, tcvn3, vni, viscii or cp1258 (default: UTF-8, or detected when the text is not UTF-8)")
      ("tone", po::value(&tone), "tone-mark placement in the output: keep (default), old (hòa, thủy) or new (hoà, thuỷ)")
      ("reject-changes", po::bool_switch(&reject_changes), "DOCX: reject tracked changes instead of accepting them")
      ("max-input-bytes", po::value(&max_input_arg), "refuse inputs larger than this (default 64 MiB)")
      ("max-uncompressed-bytes", po::value(&max_uncompressed_arg), "DOCX: refuse packages whose parts inflate to more than this (default 512 MiB)")
      ("max-compression-ratio", po::value(&max_ratio_arg), "DOCX: refuse parts compressed more than this many times (default 200; zip bombs)")
      ("max-zip-entries", po::value(&max_entries_arg), "DOCX: refuse packages with more entries than this (default 10000)")
      ("quiet,q", po::bool_switch(&quiet), "do not print warnings to standard error");
  po::options_description hidden;
  std::vector<std::string> inputs;
  hidden.add_options()("input", po::value(&inputs));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "vanban convert: " << e.what() << "\nTry 'vanban convert --help'.\n";
    return kUsage;
  }
  if (vm.count("help")) {
    std::cout << "Usage: vanban convert FILE|- [options]\n\n" << opts << "\n" << kExamples;
    return kOk;
  }
  if (inputs.size() > 1) {
    std::cerr << "vanban convert: one input file at a time; unexpected '" << inputs[1] << "'\nTry 'vanban convert --help'.\n";
    return kUsage;
  }
  struct Limit {
    const char* flag;
    long long value;
    long long most;
  };
  for (const Limit& l : {Limit{"--max-input-bytes", max_input_arg, LLONG_MAX},
                         Limit{"--max-uncompressed-bytes", max_uncompressed_arg, LLONG_MAX},
                         Limit{"--max-compression-ratio", max_ratio_arg, UINT32_MAX},
                         Limit{"--max-zip-entries", max_entries_arg, UINT32_MAX}}) {
    if (l.value <= 0 || l.value > l.most) {
      std::cerr << "vanban convert: " << l.flag << " must be a positive number up to " << l.most << ", not " << l.value << "\n";
      return kUsage;
    }
  }
  const auto max_input = static_cast<std::size_t>(max_input_arg);
  if (!inputs.empty()) input = inputs[0];
  if (input.empty()) {
    std::cerr << "vanban convert: no input file (use - for standard input)\nTry 'vanban convert --help'.\n";
    return kUsage;
  }
  ConvertOptions options;
  if (!parse_format(from, options.from)) {
    std::cerr << "vanban convert: --from must be auto, docx or markdown, not '" << from << "'\n";
    return kUsage;
  }
  if (to != "json" && to != "xml") {
    std::cerr << "vanban convert: --to must be json or xml, not '" << to << "'\n";
    return kUsage;
  }
  if (!encoding.empty()) {
    auto e = text::parse_encoding_name(encoding);
    if (!e) {
      std::cerr << "vanban convert: --encoding must be utf-8, tcvn3, vni, viscii or cp1258, not '" << encoding << "'\n";
      return kUsage;
    }
    options.read.encoding = *e;
  }
  if (tone == "old") options.tone = text::ToneStyle::Old;
  else if (tone == "new") options.tone = text::ToneStyle::New;
  else if (tone != "keep") {
    std::cerr << "vanban convert: --tone must be keep, old or new, not '" << tone << "'\n";
    return kUsage;
  }
  options.read.source_name = input;
  options.read.limits.max_input_bytes = max_input;
  options.read.limits.max_uncompressed_bytes = static_cast<std::uint64_t>(max_uncompressed_arg);
  options.read.limits.max_compression_ratio = static_cast<std::uint32_t>(max_ratio_arg);
  options.read.limits.max_zip_entries = static_cast<std::uint32_t>(max_entries_arg);
  options.read.tracked_changes = reject_changes ? TrackedChanges::Reject : TrackedChanges::Accept;

  std::string bytes, error;
  switch (read_input(input, max_input, bytes, error)) {
    case ReadStatus::Ok: break;
    case ReadStatus::TooLarge:
      std::cerr << input << ": error: " << error << " [input.too-large]\n";
      return kRejected;
    case ReadStatus::Failed:
      std::cerr << input << ": error: " << error << " [input.unreadable]\n";
      return kCannotRead;
  }

  Converter converter;
  Document doc = converter.convert(bytes, options);
  for (const auto& d : doc.diagnostics.items()) {
    if (d.severity >= Severity::Error || (!quiet && d.severity == Severity::Warning)) {
      std::cerr << format_diagnostic(input, d) << "\n";
    }
  }
  if (doc.diagnostics.has_fatal()) return kRejected;

  std::string out = to == "xml" ? to_xml(doc, XmlOptions{.pretty = pretty}) : to_json(doc, JsonOptions{.pretty = pretty});
  if (output.empty() || output == "-") {
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "vanban convert: cannot write to standard output\n";
      return kCannotWrite;
    }
    return kOk;
  }
  if (!write_output_atomically(output, out, error)) {
    std::cerr << output << ": error: " << error << " [output.unwritable]\n";
    return kCannotWrite;
  }
  return kOk;
}

}  // namespace vanban::cli
