#include "batch/batch_report.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "model/document.hpp"
#include "write/utf8_repair.hpp"

namespace vanban::batch {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string(Writer& w, std::string_view s) {
  std::string scratch;
  const std::string_view clean = repair_utf8(s, TextTarget::Json, scratch);  // odd file names
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

}  // namespace

bool BatchReport::open(const std::string& path, const std::string& temp_dir, std::string& error) {
  path_ = path;
  temp_ = temp_dir + "/report.json.XXXXXX";
  const int fd = ::mkstemp(temp_.data());
  out_ = fd < 0 ? nullptr : ::fdopen(fd, "wb");
  if (!out_) {
    error = path + ": cannot write the report: " + std::strerror(errno);
    return false;
  }
  ::fchmod(fd, 0644);
  std::fprintf(out_, "{\n\"vanban_version\": \"%s\",\n\"schema_version\": \"%s\",\n\"files\": [", VANBAN_VERSION,
               kSchemaVersion);
  return true;
}

BatchReport::~BatchReport() {
  if (out_) {
    std::fclose(out_);
    std::remove(temp_.c_str());
  }
}

void BatchReport::add(const FileResult& r) {
  if (!out_) return;
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("path");
  string(w, r.relative.empty() ? r.path : r.relative);
  w.Key("status");
  string(w, to_string(r.status));
  if (!r.error.empty()) {
    w.Key(r.status == FileResult::Status::Skipped ? "reason" : "error");
    string(w, r.error);
  }
  if (r.status == FileResult::Status::Converted || r.status == FileResult::Status::Failed) {
    w.Key("milliseconds");
    w.Double(static_cast<double>(static_cast<long long>(r.milliseconds * 100 + 0.5)) / 100);
  }
  if (r.status == FileResult::Status::Converted) {
    w.Key("sections");
    w.Uint64(r.sections);
    w.Key("references");
    w.Uint64(r.references);
    w.Key("deadlines");
    w.Uint64(r.deadlines);
  }
  if (r.status == FileResult::Status::Converted || r.status == FileResult::Status::Failed) {
    w.Key("diagnostics");
    w.StartObject();
    static constexpr const char* kNames[] = {"info", "warning", "error", "fatal"};
    for (std::size_t i = 0; i < 4; ++i) {
      w.Key(kNames[i]);
      w.Uint64(r.diagnostics[i]);
    }
    w.EndObject();
  }
  if (r.validated && r.status == FileResult::Status::Converted) {
    w.Key("findings");
    w.StartObject();
    static constexpr const char* kNames[] = {"info", "warning", "error"};
    for (std::size_t i = 0; i < 3; ++i) {
      w.Key(kNames[i]);
      w.Uint64(r.findings[i]);
    }
    w.EndObject();
  }
  w.EndObject();
  add_record({buffer.GetString(), buffer.GetSize()});
}

void BatchReport::add_record(std::string_view json_object) {
  if (!out_) return;
  std::fputs(first_ ? "\n" : ",\n", out_);
  first_ = false;
  std::fwrite(json_object.data(), 1, json_object.size(), out_);
}

bool BatchReport::finish(const BatchSummary& s, std::string& error) {
  if (!out_) return false;
  std::fprintf(out_,
               "\n],\n\"summary\": {\"files\": %zu, \"converted\": %zu, \"up_to_date\": %zu, \"failed\": %zu, "
               "\"skipped\": %zu, \"scans\": %zu, \"seconds\": %.3f",
               s.converted + s.up_to_date + s.failed + s.skipped + s.scans, s.converted, s.up_to_date, s.failed,
               s.skipped, s.scans, s.seconds);
  // --validate: the linter's findings over the files converted in this run, by severity.
  if (s.validated) {
    std::fprintf(out_, ", \"findings\": {\"info\": %zu, \"warning\": %zu, \"error\": %zu}", s.findings[0], s.findings[1],
                 s.findings[2]);
  }
  std::fputs("}\n}\n", out_);
  const bool ok = std::fflush(out_) == 0 && ::fsync(fileno(out_)) == 0;
  std::fclose(out_);
  out_ = nullptr;
  if (!ok || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    error = path_ + ": cannot write the report: " + std::strerror(errno);
    std::remove(temp_.c_str());
    return false;
  }
  return true;
}

}  // namespace vanban::batch
