#pragma once
#include <string>
#include <vector>

#include "ingest/read_options.hpp"

namespace vanban::doc {

/// The program LibreOffice is started as: --soffice, else $VANBAN_SOFFICE, else "soffice" on PATH.
std::string soffice_program(const EngineOptions& engines);

/// The message for a missing LibreOffice, naming the Debian package.
std::string missing_libreoffice_message(const std::string& program);

/// Converts Word 97-2003 files to DOCX with ONE LibreOffice run (headless, no restore, in a private
/// profile folder made and removed here, so that it never meets a user's running LibreOffice or a
/// half-written profile): `OUT_DIR/<stem>.docx` for each input. Inputs must have distinct stems. The
/// engine's own exit status says little (0 even when a file failed), so callers look for the outputs.
/// False with `error` when LibreOffice could not run at all or timed out (the timeout grows with the
/// number of files).
bool convert_to_docx(const std::vector<std::string>& inputs, const std::string& out_dir,
                     const EngineOptions& engines, std::string& error);

}  // namespace vanban::doc
