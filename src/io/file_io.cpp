#include "io/file_io.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

namespace vanban::io {

ReadStatus read_input(const std::string& path, std::size_t limit, std::string& bytes, std::string& error) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return ReadStatus::Failed;
  }
  struct stat st {};
  if (fstat(fileno(f), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (f != stdin) std::fclose(f);
      error = "is a directory, not a document";
      return ReadStatus::Failed;
    }
    if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > limit) {
      if (f != stdin) std::fclose(f);
      error = "input is " + std::to_string(st.st_size) + " bytes, more than the limit of " + std::to_string(limit) +
              " bytes (raise it with --max-input-bytes)";
      return ReadStatus::TooLarge;
    }
    if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  }
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (bytes.size() + n > limit) {
      if (f != stdin) std::fclose(f);
      error = "input is more than the limit of " + std::to_string(limit) + " bytes (raise it with --max-input-bytes)";
      return ReadStatus::TooLarge;
    }
    bytes.append(buf, n);
  }
  const bool failed = std::ferror(f);
  const int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed) {
    error = std::string("read error: ") + std::strerror(err);
    return ReadStatus::Failed;
  }
  return ReadStatus::Ok;
}

namespace {

// Devices, pipes and the like (-o /dev/stdout, a FIFO) are written in place: renaming a temporary
// file over them would replace the device with a regular file.
bool write_in_place(const std::string& path, const std::string& data, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size() && std::fflush(f) == 0;
  const int err = errno;
  if (std::fclose(f) != 0 || !ok) {
    error = std::string("cannot write: ") + std::strerror(ok ? errno : err);
    return false;
  }
  return true;
}

}  // namespace

bool write_output_atomically(const std::string& path, const std::string& data, std::string& error,
                             const std::string& temp_dir, bool durable) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      error = "is a directory";
      return false;
    }
    return write_in_place(path, data, error);
  }
  // mkstemp: a unique name per call, so threads and processes writing side by side never share one.
  std::string tmp = (temp_dir.empty() ? path : temp_dir + "/out") + ".tmp.XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  std::FILE* f = ::fdopen(fd, "wb");
  if (!f) {
    error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    ::close(fd);
    std::remove(tmp.c_str());
    return false;
  }
  ::fchmod(fd, 0644);  // mkstemp makes 0600; outputs are ordinary files
  const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size() && std::fflush(f) == 0 &&
                  (!durable || ::fsync(fd) == 0);
  const int err = errno;
  std::fclose(f);
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = std::string("cannot write: ") + std::strerror(ok ? errno : err);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace vanban::io
