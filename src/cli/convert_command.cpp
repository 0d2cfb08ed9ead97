#include <boost/program_options.hpp>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "api/converter.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/convert_flags.hpp"
#include "cli/exit_codes.hpp"
#include "cli/today.hpp"
#include "io/file_io.hpp"
#include "validate/validator.hpp"
#include "write/json_writer.hpp"
#include "write/xml_writer.hpp"

namespace po = boost::program_options;

namespace vanban::cli {
namespace {

using io::read_input;
using io::ReadStatus;
using io::write_output_atomically;

constexpr const char* kExamples =
    "Examples:\n"
    "  vanban convert plan.docx                    JSON on standard output\n"
    "  vanban convert plan.md -t xml -o plan.xml   XML into a file\n"
    "  vanban convert --pretty - < plan.txt        read standard input\n"
    "  vanban convert --from markdown notes.dat    skip format sniffing\n"
    "  vanban convert plan.md --no-validate        without the linter's findings (\"validation\")\n"
    "  vanban convert scan.pdf --ocr               a PDF without a text layer, read by Tesseract\n"
    "  vanban convert old.doc                      Word 97-2003, converted by LibreOffice first\n"
    "\nExit codes: 0 converted, 2 bad command line, 3 input unreadable, 4 input rejected\n"
    "(empty, binary, invalid UTF-8, too large, broken DOCX, a scan without --ocr, an encrypted file,\n"
    "a .doc without LibreOffice), 5 output not written.\n";

}  // namespace

int run_convert(const std::vector<std::string_view>& raw_args) {
  std::string input, output, to = "json";
  std::string today, profile = "auto";
  bool pretty = false, quiet = false, no_validate = false;
  ConvertFlags flags;

  po::options_description opts("Options");
  opts.add_options()
      ("help,h", "show this help")
      ("to,t", po::value(&to), "output format: json (default) or xml")
      ("output,o", po::value(&output), "write to this file instead of standard output")
      ("pretty", po::bool_switch(&pretty), "indent the output")
      ("quiet,q", po::bool_switch(&quiet), "do not print warnings to standard error")
      ("no-validate", po::bool_switch(&no_validate), "leave out \"validation\" (the findings of `vanban validate`)")
      ("profile", po::value(&profile), "validation rule book: auto (default), nd30, party or normative")
      ("today", po::value(&today), "the date validation checks against, YYYY-MM-DD (default: today, UTC)");
  flags.add_to(opts);
  std::vector<std::string> inputs;
  if (auto done = parse_command_line("convert", raw_args, opts, inputs, "Usage: vanban convert FILE|- [options]", kExamples)) {
    return *done;
  }
  if (inputs.size() > 1) {
    std::cerr << "vanban convert: one input file at a time; unexpected '" << inputs[1] << "'\nTry 'vanban convert --help'.\n";
    return kUsage;
  }
  ConvertOptions options;
  std::string flag_error;
  if (!flags.apply(options, flag_error)) {
    std::cerr << "vanban convert: " << flag_error << "\n";
    return kUsage;
  }
  const std::size_t max_input = options.read.limits.max_input_bytes;
  if (!inputs.empty()) input = inputs[0];
  if (input.empty()) {
    std::cerr << "vanban convert: no input file (use - for standard input)\nTry 'vanban convert --help'.\n";
    return kUsage;
  }
  if (to != "json" && to != "xml") {
    std::cerr << "vanban convert: --to must be json or xml, not '" << to << "'\n";
    return kUsage;
  }
  validate::ValidateOptions voptions;
  voptions.today = today_utc();
  if (!today.empty() && !parse_iso_date(today, voptions.today)) {
    std::cerr << "vanban convert: --today must be a date YYYY-MM-DD, not '" << today << "'\n";
    return kUsage;
  }
  if (profile != "auto") {
    voptions.profile = validate::profile_from_string(profile);
    if (!voptions.profile) {
      std::cerr << "vanban convert: --profile must be auto, nd30, party or normative, not '" << profile << "'\n";
      return kUsage;
    }
  }
  options.read.source_name = input;

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

  // The linter runs beside the Converter (which stays bytes -> Document) on the analysed Document.
  std::optional<validate::ValidationResult> validation;
  if (!no_validate) validation = validate::Validator(converter).validate(doc, voptions);
  const validate::ValidationResult* found = validation ? &*validation : nullptr;
  std::string out = to == "xml" ? to_xml(doc, XmlOptions{.pretty = pretty, .validation = found})
                                : to_json(doc, JsonOptions{.pretty = pretty, .validation = found});
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
