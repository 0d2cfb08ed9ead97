#include "ingest/doc/libreoffice.hpp"

#include <fstream>

#include "io/process.hpp"
#include "io/temp_dir.hpp"

namespace vanban::doc {

std::string soffice_program(const EngineOptions& engines) {
  return io::engine_program(engines.soffice, "VANBAN_SOFFICE", "soffice");
}

std::string missing_libreoffice_message(const std::string& program) {
  return "a Word 97-2003 .doc is read through LibreOffice, and '" + program +
         "' is not installed: install the Debian package libreoffice-writer-nogui, or name the program with "
         "--soffice or VANBAN_SOFFICE (or save the file as .docx)";
}

bool convert_to_docx(const std::vector<std::string>& inputs, const std::string& out_dir,
                     const EngineOptions& engines, std::string& error) {
  const std::string program = soffice_program(engines);
  if (!io::program_available(program)) {
    error = missing_libreoffice_message(program);
    return false;
  }
  io::TempDir profile("vanban-lo-profile");
  if (!profile.ok()) {
    error = profile.error();
    return false;
  }
  std::vector<std::string> argv = {program,
                                   "--headless",
                                   "--norestore",
                                   "--nologo",
                                   "--nodefault",
                                   "--nolockcheck",
                                   "-env:UserInstallation=file://" + profile.path().string(),
                                   "--convert-to",
                                   "docx:MS Word 2007 XML",
                                   "--outdir",
                                   out_dir};
  argv.insert(argv.end(), inputs.begin(), inputs.end());
  io::ProcessOptions run;
  run.stdout_path = (profile.path() / "stdout.log").string();
  run.stderr_path = (profile.path() / "stderr.log").string();
  // Starting LibreOffice costs seconds; each file then takes well under one, so the allowance is the
  // timeout once plus a few seconds a file.
  run.timeout = engines.timeout + std::chrono::seconds(5) * inputs.size();
  const io::ProcessResult result = io::run_process(argv, run);
  if (result.status == io::ProcessResult::Status::NotStarted) {
    error = missing_libreoffice_message(program) + " (" + result.error + ")";
    return false;
  }
  if (result.status == io::ProcessResult::Status::TimedOut || result.status == io::ProcessResult::Status::Signaled) {
    std::ifstream log(run.stderr_path);
    std::string first;
    std::getline(log, first);
    error = "LibreOffice (" + program + ") " + result.describe() + (first.empty() ? "" : ": " + first);
    return false;
  }
  return true;
}

}  // namespace vanban::doc
