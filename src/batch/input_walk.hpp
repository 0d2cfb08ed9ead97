#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vanban::batch {

/// A document found under the inputs. `relative` is where its outputs go under OUT: the path below the
/// folder given ('/'-separated, bytes as the file system has them), prefixed with that folder's name
/// when several inputs are given, so that two inputs never write the same output.
struct InputFile {
  std::filesystem::path path;
  std::string relative;
};

/// Something under the inputs that is not read, with why ("not a document (.png: …)").
struct SkippedInput {
  std::string path;
  std::string relative;  ///< as InputFile::relative; empty for an input that does not exist
  std::string reason;
};

/// Which inputs a batch reads. "-" reads one path a line from standard input.
struct WalkOptions {
  std::vector<std::string> roots;
  std::string glob;                   ///< fnmatch pattern on the relative path or the file name; empty: all
  std::filesystem::path exclude_dir;  ///< never entered (the batch's own output folder when it lies inside an input)
};

/// Walks the inputs depth-first in a stable order (each folder's entries sorted by name), so that a batch
/// lists, numbers and reports files the same way on every run. Only one folder listing per depth is held:
/// memory does not grow with the number of files. Folder symlinks are not followed (no loops).
void walk_inputs(const WalkOptions& options, std::istream& stdin_paths,
                 const std::function<void(InputFile&&)>& on_document,
                 const std::function<void(SkippedInput&&)>& on_skip);

/// Whether a file is read as a document, by its name: .docx, .doc, .pdf, .md, .markdown, .txt. Empty reason
/// when it is. (What it is, is then sniffed from its bytes.)
std::string why_not_a_document(const std::filesystem::path& path);

/// The file name's extension in lower case, with its dot (".doc"); empty when none.
std::string lower_extension(const std::filesystem::path& path);

}  // namespace vanban::batch
