#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace vanban::io {

struct ProcessOptions {
  std::string stdout_path;                 ///< the child's standard output goes here; empty: /dev/null
  std::string stderr_path;                 ///< the child's standard error; empty: /dev/null
  std::vector<std::string> extra_env;      ///< "NAME=value" added to (or replacing in) our environment
  std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

struct ProcessResult {
  enum class Status { Exited, Signaled, TimedOut, NotStarted } status = Status::NotStarted;
  int exit_code = -1;   ///< Exited: the child's exit status
  std::string error;    ///< NotStarted: why (e.g. "No such file or directory")
  bool ok() const { return status == Status::Exited && exit_code == 0; }
  /// "exited with status 1", "killed after 300 s", "could not start: …" for messages.
  std::string describe() const;
};

/// Runs argv[0] (looked up on PATH when it has no '/') with the arguments as given — an argument vector,
/// never a shell string, so file names need no quoting — standard input from /dev/null, and waits for
/// it. The child leads a process group of its own, so that a timeout kills it and whatever it started
/// (LibreOffice's launcher starts soffice.bin). Thread-safe: no shared state.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options);

/// The program to run for an engine: `given` when set (a command-line option), else the environment
/// variable `env_var` when set and non-empty, else `fallback` (looked up on PATH by run_process).
std::string engine_program(const std::string& given, const char* env_var, const char* fallback);

/// Whether `program` can be run: an executable file, or a name found in an executable file on PATH.
bool program_available(const std::string& program);

}  // namespace vanban::io
