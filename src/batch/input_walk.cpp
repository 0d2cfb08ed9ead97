#include "batch/input_walk.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <istream>
#include <system_error>

namespace vanban::batch {
namespace fs = std::filesystem;

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

namespace {

bool glob_matches(const std::string& glob, const std::string& relative) {
  if (glob.empty()) return true;
  const auto slash = relative.rfind('/');
  const std::string name = slash == std::string::npos ? relative : relative.substr(slash + 1);
  return ::fnmatch(glob.c_str(), relative.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
}

bool same_dir(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return !b.empty() && fs::equivalent(a, b, ec);
}

class Walker {
 public:
  Walker(const WalkOptions& options, const std::function<void(InputFile&&)>& on_document,
         const std::function<void(SkippedInput&&)>& on_skip)
      : options_(options), on_document_(on_document), on_skip_(on_skip) {}

  void file(const fs::path& path, std::string relative) {
    if (!glob_matches(options_.glob, relative)) return;
    if (std::string why = why_not_a_document(path); !why.empty()) {
      on_skip_({path.string(), relative, std::move(why)});
      return;
    }
    on_document_({path, std::move(relative)});
  }

  void folder(const fs::path& dir, const std::string& prefix) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) {
      on_skip_({dir.string(), prefix, "cannot list the folder: " + ec.message()});
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename().string() < b.path().filename().string(); });
    for (const auto& entry : entries) {
      const std::string name = entry.path().filename().string();
      const std::string relative = prefix.empty() ? name : prefix + "/" + name;
      std::error_code status_ec;
      if (entry.is_directory(status_ec) && !entry.is_symlink(status_ec)) {
        if (!same_dir(entry.path(), options_.exclude_dir)) folder(entry.path(), relative);
      } else if (entry.is_regular_file(status_ec)) {
        file(entry.path(), relative);
      } else if (!entry.is_directory(status_ec)) {
        on_skip_({entry.path().string(), relative, "not a regular file"});
      }
    }
  }

  void root(const std::string& given, bool several) {
    const fs::path path(given);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      on_skip_({given, {}, "no such file or folder"});
      return;
    }
    if (fs::is_directory(status)) {
      fs::path name = path.lexically_normal().filename();
      if (name.empty()) name = path.lexically_normal().parent_path().filename();
      folder(path, several ? name.string() : std::string());
    } else {
      file(path, relative_of_listed(given));
    }
  }

  // A path given on its own (argument or a line of standard input) keeps the path as given, made
  // relative: "/srv/a/b.docx" -> "srv/a/b.docx", "./b.md" -> "b.md"; ".." parts are dropped.
  static std::string relative_of_listed(const std::string& given) {
    std::string out;
    for (const auto& part : fs::path(given).lexically_normal().relative_path()) {
      const std::string s = part.string();
      if (s.empty() || s == "." || s == "..") continue;
      out += out.empty() ? s : "/" + s;
    }
    return out.empty() ? fs::path(given).filename().string() : out;
  }

 private:
  const WalkOptions& options_;
  const std::function<void(InputFile&&)>& on_document_;
  const std::function<void(SkippedInput&&)>& on_skip_;
};

}  // namespace

std::string why_not_a_document(const fs::path& path) {
  const std::string ext = lower_extension(path);
  if (ext == ".docx" || ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".pdf" || ext == ".doc") return {};
  if (ext.empty()) return "not a document (no extension: .docx, .doc, .pdf, .md or .txt expected)";
  return "not a document (" + ext + ": .docx, .doc, .pdf, .md or .txt expected)";
}

void walk_inputs(const WalkOptions& options, std::istream& stdin_paths,
                 const std::function<void(InputFile&&)>& on_document,
                 const std::function<void(SkippedInput&&)>& on_skip) {
  Walker walker(options, on_document, on_skip);
  const bool several = options.roots.size() > 1;
  for (const auto& root : options.roots) {
    if (root != "-") {
      walker.root(root, several);
      continue;
    }
    std::string line;
    while (std::getline(stdin_paths, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      const fs::path path(line);
      std::error_code ec;
      if (fs::is_directory(path, ec)) walker.root(line, true);
      // A listed file that is missing (gone since the list was made) is a document that failed, with the
      // reason from reading it, not a note: the caller named it.
      else walker.file(path, Walker::relative_of_listed(line));
    }
  }
}

}  // namespace vanban::batch
