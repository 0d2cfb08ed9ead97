#include "ingest/docx/zip_package.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>

namespace vanban::docx {

namespace {

// Parts smaller than this are never refused for their ratio: small XML parts full of repeated
// markup legitimately compress far beyond any sane bomb threshold.
constexpr std::uint64_t kRatioCheckMinBytes = 1u << 20;
constexpr std::size_t kReadChunk = 64u << 10;

std::string canonical_name(std::string_view name) {
  while (!name.empty() && name.front() == '/') name.remove_prefix(1);
  std::string out(name);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string zip_error_text(int code) {
  zip_error_t err;
  zip_error_init_with_code(&err, code);
  std::string text = zip_error_strerror(&err);
  zip_error_fini(&err);
  return text;
}

}  // namespace

struct ZipPackage::ZipHandle {
  zip_t* zip = nullptr;
  ~ZipHandle() {
    if (zip) zip_discard(zip);
  }
};

bool is_ole_compound_file(std::string_view bytes) {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

ZipPackage::~ZipPackage() = default;

std::unique_ptr<ZipPackage> ZipPackage::open(std::string_view bytes, const InputLimits& limits, Diagnostics& diags) {
  if (is_ole_compound_file(bytes)) {
    diags.fatal("docx.legacy-doc",
                "this is a legacy Word 97-2003 .doc or an encrypted package (an OLE compound file), not a .docx "
                "zip package: read it with --from auto or --from doc, which tells the two apart");
    return nullptr;
  }
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK") {
    diags.fatal("docx.not-zip", "not a zip package: a .docx file must start with the zip signature \"PK\"");
    return nullptr;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    diags.fatal("docx.zip-error", std::string("cannot read the zip package: ") + zip_error_strerror(&error));
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!zip) {
    const int code = zip_error_code_zip(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_EOF || code == ZIP_ER_READ) {
      diags.fatal("docx.truncated",
                  "the zip package is truncated or damaged (" + zip_error_text(code) +
                      "): its central directory cannot be read; the file was probably cut during download or copy");
    } else {
      diags.fatal("docx.zip-error", "cannot open the zip package: " + zip_error_text(code));
    }
    return nullptr;
  }
  zip_error_fini(&error);

  std::unique_ptr<ZipPackage> pkg(new ZipPackage());
  pkg->zip_ = std::make_unique<ZipHandle>();
  pkg->zip_->zip = zip;
  pkg->limits_ = limits;

  const zip_int64_t count = zip_get_num_entries(zip, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_zip_entries) {
    diags.fatal("docx.limit-entries", "the zip package has " + std::to_string(count) + " entries, more than the limit of " +
                                          std::to_string(limits.max_zip_entries) + " (raise it with --max-zip-entries)");
    return nullptr;
  }
  pkg->names_.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    pkg->names_.emplace_back(name ? name : "");
  }
  // Two entries under one name (OPC names ignore case): tools disagree on which one is the part, the
  // trick of a crafted file; Word refuses such a package too.
  std::vector<std::string> canonical;
  canonical.reserve(pkg->names_.size());
  for (const auto& n : pkg->names_) canonical.push_back(canonical_name(n));
  std::sort(canonical.begin(), canonical.end());
  if (const auto dup = std::adjacent_find(canonical.begin(), canonical.end()); dup != canonical.end()) {
    diags.fatal("docx.duplicate-entry", "the zip package has two entries named " + *dup +
                                            ": which one is the part is ambiguous (a damaged or crafted file)");
    return nullptr;
  }
  // Names that climb out of the package ("../", absolute) mean nothing in OPC: never used, never written
  // anywhere (parts are read from memory), but said.
  std::size_t unsafe = 0;
  std::string first_unsafe;
  for (const auto& n : pkg->names_) {
    const std::string slashed = "/" + n + "/";
    if (n.find('\\') != std::string::npos || slashed.find("/../") != std::string::npos ||
        (n.size() > 1 && n[1] == ':')) {
      if (unsafe++ == 0) first_unsafe = n;
    }
  }
  if (unsafe > 0)
    diags.warning("docx.unsafe-entry-name", std::to_string(unsafe) + " zip entry name(s) point outside the package, "
                                            "the first \"" + first_unsafe + "\": ignored (nothing is extracted to disk)");
  return pkg;
}

std::optional<std::int64_t> ZipPackage::find(std::string_view part_name) const {
  const std::string wanted = canonical_name(part_name);
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (canonical_name(names_[i]) == wanted) return static_cast<std::int64_t>(i);
  return std::nullopt;
}

bool ZipPackage::has(std::string_view part_name) const { return find(part_name).has_value(); }

std::optional<std::string> ZipPackage::read(std::string_view part_name, Diagnostics& diags, bool required,
                                            Severity severity) {
  const std::string shown(part_name);
  const auto index = find(part_name);
  if (!index) {
    if (required) diags.add("docx.missing-part", severity, "the package has no part " + shown);
    return std::nullopt;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_->zip, static_cast<zip_uint64_t>(*index), 0, &st) != 0) {
    diags.add("docx.damaged-part", severity, "cannot read the zip entry of " + shown);
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    diags.add("docx.encrypted-part", severity, "the part " + shown + " is encrypted; save the document without a password");
    return std::nullopt;
  }
  const std::uint64_t size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  const std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if (inflated_ + size > limits_.max_uncompressed_bytes) {
    diags.add("docx.limit-uncompressed", severity,
              "the part " + shown + " would inflate to " + std::to_string(size) + " bytes, over the limit of " +
                  std::to_string(limits_.max_uncompressed_bytes) +
                  " uncompressed bytes per document (raise it with --max-uncompressed-bytes)");
    return std::nullopt;
  }
  if (size >= kRatioCheckMinBytes && packed > 0 && size / packed > limits_.max_compression_ratio) {
    diags.add("docx.limit-ratio", severity,
              "the part " + shown + " has a compression ratio of " + std::to_string(size / packed) +
                  ":1, over the limit of " + std::to_string(limits_.max_compression_ratio) +
                  ":1: a zip bomb? (raise the limit with --max-compression-ratio)");
    return std::nullopt;
  }

  zip_file_t* file = zip_fopen_index(zip_->zip, static_cast<zip_uint64_t>(*index), 0);
  if (!file) {
    diags.add("docx.damaged-part", severity,
              "cannot open the part " + shown + ": " + std::string(zip_strerror(zip_->zip)));
    return std::nullopt;
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(size));
  char buffer[kReadChunk];
  bool failed = false;
  std::string failure;
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      failed = true;
      failure = zip_file_strerror(file);
      break;
    }
    if (n == 0) break;
    // Never trust the declared size: stop as soon as the data runs past it.
    if (out.size() + static_cast<std::size_t>(n) > size) {
      failed = true;
      failure = "the entry holds more data than its header declares";
      break;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  zip_fclose(file);
  if (failed || out.size() != size) {
    if (!failed) failure = "the entry is shorter than its header declares";
    diags.add("docx.damaged-part", severity,
              "the part " + shown + " is damaged (" + failure + "); the file may be truncated");
    return std::nullopt;
  }
  inflated_ += out.size();
  return out;
}

}  // namespace vanban::docx
