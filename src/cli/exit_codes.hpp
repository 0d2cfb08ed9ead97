#pragma once

namespace vanban::cli {

/// Documented in README.md ("Exit codes"); scripts rely on them.
enum ExitCode : int {
  kOk = 0,              ///< converted
  kSomeFailed = 1,      ///< batch: some documents failed (the others were converted)
  kUsage = 2,           ///< bad command line
  kCannotRead = 3,      ///< input file missing or unreadable
  kRejected = 4,        ///< input is not a document we can read (empty, binary, bad UTF-8, too large, broken DOCX)
  kCannotWrite = 5,     ///< output could not be written
  kInternal = 70,       ///< a bug: an unexpected exception
};

}  // namespace vanban::cli
