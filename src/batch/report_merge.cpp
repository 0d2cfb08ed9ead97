#include "batch/report_merge.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/batch_report.hpp"

namespace vanban::batch {
namespace {

std::vector<std::string> components(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1) {
    out.push_back(path.substr(start, slash - start));
  }
  out.push_back(path.substr(start));
  return out;
}

struct Record {
  std::vector<std::string> key;
  std::string json;
};

std::size_t count(const rapidjson::Value& summary, const char* name) {
  const auto it = summary.FindMember(name);
  return it != summary.MemberEnd() && it->value.IsUint64() ? it->value.GetUint64() : 0;
}

}  // namespace

bool merge_reports(const std::vector<std::string>& reports, const std::string& output, std::string& error) {
  std::vector<Record> records;
  BatchSummary total;
  for (const auto& file : reports) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      error = file + ": cannot open the report";
      return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document report;
    report.Parse(text.str().c_str());
    if (report.HasParseError()) {
      error = file + ": not a JSON report (offset " + std::to_string(report.GetErrorOffset()) +
              "): " + rapidjson::GetParseError_En(report.GetParseError());
      return false;
    }
    const auto files = report.IsObject() ? report.FindMember("files") : report.MemberEnd();
    const auto summary = report.IsObject() ? report.FindMember("summary") : report.MemberEnd();
    if (files == report.MemberEnd() || !files->value.IsArray() || summary == report.MemberEnd() ||
        !summary->value.IsObject()) {
      error = file + ": not a vanban batch report (\"files\" and \"summary\" expected)";
      return false;
    }
    for (const auto& f : files->value.GetArray()) {
      const auto path = f.IsObject() ? f.FindMember("path") : f.MemberEnd();
      if (path == f.MemberEnd() || !path->value.IsString()) {
        error = file + ": a file record without a \"path\"";
        return false;
      }
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
      f.Accept(w);
      records.push_back({components(path->value.GetString()), buffer.GetString()});
    }
    const auto& s = summary->value;
    total.converted += count(s, "converted");
    total.up_to_date += count(s, "up_to_date");
    total.failed += count(s, "failed");
    total.skipped += count(s, "skipped");
    total.scans += count(s, "scans");
    if (const auto findings = s.FindMember("findings"); findings != s.MemberEnd() && findings->value.IsObject()) {
      total.validated = true;
      total.findings[0] += count(findings->value, "info");
      total.findings[1] += count(findings->value, "warning");
      total.findings[2] += count(findings->value, "error");
    }
    const auto seconds = s.FindMember("seconds");
    if (seconds != s.MemberEnd() && seconds->value.IsNumber()) total.seconds = std::max(total.seconds, seconds->value.GetDouble());
  }
  std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.key < b.key; });
  BatchReport merged;
  std::string dir = std::filesystem::path(output).parent_path().string();
  if (!merged.open(output, dir.empty() ? "." : dir, error)) return false;
  for (const auto& r : records) merged.add_record(r.json);
  return merged.finish(total, error);
}

}  // namespace vanban::batch
