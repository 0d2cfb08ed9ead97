#pragma once
#include <boost/program_options.hpp>

#include <limits>
#include <string>

#include "api/converter.hpp"

namespace vanban::cli {

/// The flags that say how to read and convert a document, shared by `convert` and `batch`.
struct ConvertFlags {
  std::string from = "auto";
  std::string encoding;
  std::string tone = "keep";
  bool reject_changes = false;
  long long max_input_bytes = static_cast<long long>(InputLimits{}.max_input_bytes);
  long long max_uncompressed_bytes = static_cast<long long>(InputLimits{}.max_uncompressed_bytes);
  long long max_compression_ratio = InputLimits{}.max_compression_ratio;
  long long max_zip_entries = InputLimits{}.max_zip_entries;
  bool ocr = false;
  std::string tesseract, soffice;
  long long engine_timeout = EngineOptions{}.timeout.count();
  long long max_xml_depth = InputLimits{}.max_xml_depth;
  long long max_line_bytes = static_cast<long long>(InputLimits{}.max_line_bytes);
  long long max_paragraph_bytes = static_cast<long long>(InputLimits{}.max_paragraph_bytes);
  long long max_table_cells = static_cast<long long>(InputLimits{}.max_table_cells);
  long long max_outline_depth = InputLimits{}.max_outline_depth;
  /// Seconds per document; NaN: not given, then `default_max_seconds` applies (0: no limit). A batch
  /// sets its default (kBatchMaxSeconds): one stuck file must not hold an archive; a single convert has none.
  double max_seconds = std::numeric_limits<double>::quiet_NaN();
  double default_max_seconds = 0;
  static constexpr double kBatchMaxSeconds = 60;

  void add_to(boost::program_options::options_description& options);
  /// Checks the values and fills `out`; false with a message naming the flag when one is wrong.
  bool apply(ConvertOptions& out, std::string& error) const;
};

}  // namespace vanban::cli
