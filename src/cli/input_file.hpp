#pragma once
#include <cstddef>
#include <string>

namespace vanban::cli {

enum class ReadStatus { Ok, TooLarge, Failed };

/// Reads a whole file ("-" = standard input) into `bytes`, refusing more than `limit` bytes.
ReadStatus read_input(const std::string& path, std::size_t limit, std::string& bytes, std::string& error);

/// Writes to a temporary file beside `path` and renames it over `path`: a reader never sees half a file.
bool write_output_atomically(const std::string& path, const std::string& data, std::string& error);

}  // namespace vanban::cli
