#include "batch/manifest.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace vanban::batch {

Manifest::~Manifest() {
  if (out_) std::fclose(out_);
}

void Manifest::load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document entry;
    entry.Parse(line.data(), line.size());
    if (entry.HasParseError()) {
      // A record torn by a full disk or a kill, then the next run's record appended to the same line:
      // the last whole record of the line still counts.
      const auto last = line.rfind("{\"path\"");
      if (last == std::string::npos || last == 0) continue;
      entry.Parse(line.data() + last, line.size() - last);
    }
    if (entry.HasParseError() || !entry.IsObject()) continue;  // a torn last line after a kill
    const rapidjson::Document& record = entry;  // const iterators on both sides: no C++20 reversed operator==
    const auto path = record.FindMember("path"), hash = record.FindMember("hash"), config = record.FindMember("config");
    if (path == record.MemberEnd() || hash == record.MemberEnd() || config == record.MemberEnd() ||
        !path->value.IsString() || !hash->value.IsString() || !config->value.IsString()) {
      continue;
    }
    entries_[path->value.GetString()] = {hash->value.GetString(), config->value.GetString()};
  }
}

bool Manifest::open(const std::string& file, bool keep, std::string& error) {
  out_ = std::fopen(file.c_str(), keep ? "ab" : "wb");
  if (!out_) error = file + ": cannot open the manifest: " + std::strerror(errno);
  return out_ != nullptr;
}

bool Manifest::up_to_date(const std::string& relative, const std::string& hash, const std::string& config) const {
  const auto it = entries_.find(relative);
  return it != entries_.end() && it->second.hash == hash && it->second.config == config;
}

void Manifest::record(const std::string& relative, const std::string& hash, const std::string& config) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("path");
  w.String(relative.data(), static_cast<rapidjson::SizeType>(relative.size()));
  w.Key("hash");
  w.String(hash.data(), static_cast<rapidjson::SizeType>(hash.size()));
  w.Key("config");
  w.String(config.data(), static_cast<rapidjson::SizeType>(config.size()));
  w.EndObject();
  std::lock_guard lock(mutex_);
  if (!out_) return;
  std::fwrite(buffer.GetString(), 1, buffer.GetSize(), out_);
  std::fputc('\n', out_);
  std::fflush(out_);
}

}  // namespace vanban::batch
