#pragma once
#include <cstddef>
#include <string>

namespace vanban::io {

enum class ReadStatus { Ok, TooLarge, Failed };

/// Reads a whole file ("-" = standard input) into `bytes`, refusing more than `limit` bytes.
ReadStatus read_input(const std::string& path, std::size_t limit, std::string& bytes, std::string& error);

/// Writes to a temporary file and renames it over `path`: a reader never sees half a file. The temporary
/// file is made beside `path`, or in `temp_dir` when given (same file system: a batch keeps every partial
/// file in one folder it can sweep after a kill). `durable` flushes the data to the disk before the rename,
/// so that not even a power cut leaves an empty file under the name; a kill never does either way.
bool write_output_atomically(const std::string& path, const std::string& data, std::string& error,
                             const std::string& temp_dir = {}, bool durable = true);

}  // namespace vanban::io
