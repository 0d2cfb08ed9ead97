#pragma once
#include <string>
#include <vector>

#include "validate/finding.hpp"

namespace vanban::validate {

/// One input of a `vanban validate` run, as SARIF sees it: an artifact with its findings, or an error.
struct SarifArtifact {
  std::string path;                ///< as given on the command line (relative paths stay relative)
  bool docx = false;               ///< paragraph locations instead of line/column
  std::vector<Finding> findings;
  std::string error;               ///< non-empty: the input could not be read (a tool notification, no results)
};

/// SARIF 2.1.0: one run, tool.driver "vanban" with every rule of the rule table, one result per finding.
/// Text inputs: physicalLocation.region {startLine, startColumn (code points), snippet}. DOCX inputs have no
/// lines: region holds only the snippet, and the paragraph is a logicalLocation ("body/paragraph[12]", kind
/// "element") plus location.properties {part, paragraph}. A missing part has no region (artifact only).
/// Unreadable inputs become invocations[0].toolExecutionNotifications and executionSuccessful false.
std::string sarif_log(const std::vector<SarifArtifact>& artifacts);

/// `path` as a URI reference: unreserved bytes and '/' kept, every other byte percent-encoded.
std::string path_to_uri(const std::string& path);

}  // namespace vanban::validate
