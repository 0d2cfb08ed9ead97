#include "batch/batch_runner.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "batch/batch_report.hpp"
#include "batch/content_hash.hpp"
#include "batch/doc_preconversion.hpp"
#include "batch/manifest.hpp"
#include "io/file_io.hpp"
#include "write/json_writer.hpp"
#include "write/sqlite_store.hpp"
#include "write/xml_writer.hpp"

namespace vanban::batch {
namespace fs = std::filesystem;

bool Shard::takes(const std::string& relative) const {
  if (count <= 1) return true;
  // The same hash as resume's content hash, over the path: stable across machines and runs.
  const std::string h = content_hash(relative);
  return std::stoull(h, nullptr, 16) % count == index;
}

std::string_view to_string(FileResult::Status status) {
  switch (status) {
    case FileResult::Status::Converted: return "converted";
    case FileResult::Status::UpToDate: return "up-to-date";
    case FileResult::Status::Failed: return "failed";
    case FileResult::Status::Skipped: return "skipped";
    case FileResult::Status::Scan: return "scan";
  }
  return "unknown";
}

namespace {

/// ".vanban-tmp" and ".vanban-manifest.jsonl"; a shard has its own ("….2-of-3"), since several machines may
/// write into one output folder at once and each sweeps its temporary folder when it starts.
std::string bookkeeping_name(const char* stem, const char* ext, const std::optional<Shard>& shard) {
  std::string name = stem;
  if (shard && shard->count > 1) {  // appended piece by piece: GCC 12 warns (-Wrestrict) on "." + to_string(…)
    name += '.';
    name += std::to_string(shard->index + 1);
    name += "-of-";
    name += std::to_string(shard->count);
  }
  return name + ext;
}

/// Everything that changes the outputs: a file converted under other options is not up to date.
std::string config_of(const BatchOptions& o) {
  std::ostringstream s;
  s << "vanban " VANBAN_VERSION " schema " << kSchemaVersion << (o.json ? " json" : "") << (o.xml ? " xml" : "")
    << (o.pretty ? " pretty" : "") << " from=" << static_cast<int>(o.convert.from)
    << " tone=" << static_cast<int>(o.convert.tone)
    << " encoding=" << (o.convert.read.encoding ? static_cast<int>(*o.convert.read.encoding) : -1)
    << " changes=" << static_cast<int>(o.convert.read.tracked_changes)
    << (o.convert.read.engines.ocr ? " ocr" : "");
  if (o.validate) {
    // The findings are in the outputs: another profile, rule set or "today" (future dates) changes them.
    s << " validate profile=" << (o.validate->profile ? validate::to_string(*o.validate->profile) : "auto")
      << " today=" << o.validate->today.iso();
    for (const auto& r : o.validate->rules) s << " rule=" << r;
    for (const auto& r : o.validate->ignored) s << " ignore=" << r;
  }
  return s.str();
}

/// A finished file waiting for its turn to be reported, streamed and stored.
struct Finished {
  FileResult result;
  std::string ndjson;
  std::string hash;
  std::unique_ptr<Document> doc;  ///< kept only for the database
  std::unique_ptr<validate::ValidationResult> validation;  ///< likewise (--validate)
};

/// Hands finished files on in input order; a file more than `window` ahead of the next one waits, which
/// bounds memory whatever the number of files.
class OrderedSink {
 public:
  OrderedSink(std::size_t window, std::function<void(Finished&)> emit) : window_(window), emit_(std::move(emit)) {}

  void put(std::size_t index, Finished&& f) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return index < next_ + window_; });
    waiting_.emplace(index, std::move(f));
    while (!waiting_.empty() && waiting_.begin()->first == next_) {
      emit_(waiting_.begin()->second);
      waiting_.erase(waiting_.begin());
      ++next_;
    }
    room_.notify_all();
  }

 private:
  std::size_t window_;
  std::function<void(Finished&)> emit_;
  std::mutex mutex_;
  std::condition_variable room_;
  std::map<std::size_t, Finished> waiting_;
  std::size_t next_ = 0;
};

/// The walk's documents, handed to the workers; bounded so that the walk never runs far ahead.
class WorkQueue {
 public:
  explicit WorkQueue(std::size_t capacity) : capacity_(capacity) {}
  void push(std::size_t index, InputFile&& f) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.emplace_back(index, std::move(f));
    ready_.notify_one();
  }
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }
  bool pop(std::size_t& index, InputFile& f) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    index = items_.front().first;
    f = std::move(items_.front().second);
    items_.pop_front();
    room_.notify_one();
    return true;
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::pair<std::size_t, InputFile>> items_;
  bool closed_ = false;
};

class Batch {
 public:
  Batch(const BatchOptions& o, const ResultCallback& on_result)
      : o_(o), config_(config_of(o)), on_result_(on_result),
        sink_(4 * std::max(1u, o.jobs) + 16, [this](Finished& f) { emit(f); }) {}

  BatchSummary run(std::istream& stdin_paths) {
    const auto start = std::chrono::steady_clock::now();
    summary_.validated = o_.validate.has_value();
    prepare();
    preconvert_docs();
    const unsigned jobs = std::max(1u, o_.jobs);
    WorkQueue queue(2 * jobs);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
      workers.emplace_back([&] {
        Converter converter;  // built once per worker: ICU objects and compiled patterns
        std::unique_ptr<validate::Validator> validator;  // likewise, and only with --validate
        if (o_.validate) validator = std::make_unique<validate::Validator>(converter);
        std::size_t index;
        InputFile file;
        while (queue.pop(index, file)) sink_.put(index, process(converter, validator.get(), index, file));
      });
    }
    std::size_t index = 0;
    walk_inputs(
        o_.inputs, stdin_paths,
        [&](InputFile&& f) {
          if (!o_.shard || o_.shard->takes(f.relative)) queue.push(index++, std::move(f));
        },
        [&](SkippedInput&& s) {
          if (o_.shard && !o_.shard->takes(s.relative.empty() ? s.path : s.relative)) return;
          Finished f;
          f.result.index = index;
          f.result.path = s.path;
          f.result.relative = s.relative;
          f.result.status = FileResult::Status::Skipped;
          f.result.error = std::move(s.reason);
          sink_.put(index++, std::move(f));
        });
    queue.close();
    for (auto& w : workers) w.join();
    summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (report_) {
      std::string error;
      if (!report_->finish(summary_, error)) throw std::runtime_error(error);
      summary_.report_path = report_path_;
    }
    if (!temp_dir_.empty()) {
      std::error_code ec;
      fs::remove(temp_dir_, ec);  // empty by now; left in place if not
    }
    return summary_;
  }

 private:
  void prepare() {
    std::string error;
    if (!o_.out_dir.empty()) {
      std::error_code ec;
      fs::create_directories(o_.out_dir, ec);
      if (ec) throw std::runtime_error(o_.out_dir + ": cannot create the output folder: " + ec.message());
      // Partial files of a killed run are all here: sweep them before starting.
      temp_dir_ = (fs::path(o_.out_dir) / bookkeeping_name(".vanban-tmp", "", o_.shard)).string();
      fs::remove_all(temp_dir_, ec);
      fs::create_directories(temp_dir_, ec);
      if (ec) throw std::runtime_error(temp_dir_ + ": cannot create: " + ec.message());
      const std::string manifest = (fs::path(o_.out_dir) / bookkeeping_name(".vanban-manifest", ".jsonl", o_.shard)).string();
      if (o_.resume) manifest_.load(manifest);
      if (!manifest_.open(manifest, o_.resume, error)) throw std::runtime_error(error);
    }
    report_path_ = !o_.report_path.empty() ? o_.report_path
                   : o_.out_dir.empty()    ? std::string()
                                           : (fs::path(o_.out_dir) / bookkeeping_name("vanban-report", ".json", o_.shard)).string();
    if (!report_path_.empty()) {
      report_ = std::make_unique<BatchReport>();
      std::string dir = temp_dir_.empty() ? fs::path(report_path_).parent_path().string() : temp_dir_;
      if (!report_->open(report_path_, dir.empty() ? "." : dir, error)) throw std::runtime_error(error);
    }
    if (!o_.db_path.empty()) store_ = std::make_unique<SqliteStore>(o_.db_path);
  }

  /// Every .doc the walk will hand out, converted to DOCX by one LibreOffice run per chunk, before the
  /// workers start (a LibreOffice start costs seconds; a batch of .doc files would pay it per file).
  void preconvert_docs() {
    if (o_.convert.from != InputFormat::Auto && o_.convert.from != InputFormat::Doc) return;
    for (const auto& root : o_.inputs.roots)
      if (root == "-") return;  // standard input can be read once only
    std::vector<std::string> docs;
    std::istringstream none;
    walk_inputs(
        o_.inputs, none,
        [&](InputFile&& f) {
          if (lower_extension(f.path) != ".doc" || (o_.shard && !o_.shard->takes(f.relative))) return;
          if (o_.resume && outputs_exist(f.relative)) {  // --resume: what the workers will skip needs no LibreOffice
            std::string bytes, error;
            if (io::read_input(f.path.string(), o_.max_input_bytes, bytes, error) == io::ReadStatus::Ok &&
                manifest_.up_to_date(f.relative, content_hash(bytes), config_))
              return;
          }
          docs.push_back(f.path.string());
        },
        [](SkippedInput&&) {});
    if (docs.empty()) return;
    docs_ = std::make_unique<DocPreconversion>(docs, o_.max_input_bytes, o_.convert.read.engines, summary_.doc_note);
  }

  std::string output_path(const std::string& relative, const char* ext) const {
    return (fs::path(o_.out_dir) / (relative + ext)).string();
  }

  bool outputs_exist(const std::string& relative) const {
    std::error_code ec;
    return (!o_.json || fs::exists(output_path(relative, ".json"), ec)) &&
           (!o_.xml || fs::exists(output_path(relative, ".xml"), ec));
  }

  bool write(const std::string& relative, const char* ext, const std::string& data, std::string& error) const {
    const fs::path target = output_path(relative, ext);
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      error = target.parent_path().string() + ": cannot create: " + ec.message();
      return false;
    }
    if (io::write_output_atomically(target.string(), data, error, temp_dir_, o_.durable)) return true;
    error = target.string() + ": " + error;
    return false;
  }

  Finished process(const Converter& converter, const validate::Validator* validator, std::size_t index,
                   const InputFile& file) {
    const auto start = std::chrono::steady_clock::now();
    Finished f;
    FileResult& r = f.result;
    r.index = index;
    r.path = file.path.string();
    r.relative = file.relative;
    auto failed = [&](std::string message) {
      r.status = FileResult::Status::Failed;
      r.error = std::move(message);
      r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      f.doc.reset();
      f.validation.reset();
      f.ndjson.clear();
      return std::move(f);
    };
    try {
      std::string bytes, error;
      switch (io::read_input(r.path, o_.max_input_bytes, bytes, error)) {
        case io::ReadStatus::Ok: break;
        case io::ReadStatus::TooLarge: return failed(error + " [input.too-large]");
        case io::ReadStatus::Failed: return failed(error + " [input.unreadable]");
      }
      f.hash = content_hash(bytes);
      if (o_.resume && manifest_.up_to_date(r.relative, f.hash, config_) && outputs_exist(r.relative) &&
          (!store_ || store_has(r.relative, f.hash))) {
        r.status = FileResult::Status::UpToDate;
        return f;
      }
      ConvertOptions options = o_.convert;
      options.read.source_name = r.relative;
      if (docs_) options.read.engines.preconverted = docs_.get();
      auto doc = std::make_unique<Document>(converter.convert(bytes, options));
      for (const auto& d : doc->diagnostics.items()) ++r.diagnostics[static_cast<std::size_t>(d.severity)];
      if (doc->diagnostics.has_fatal()) {
        for (const auto& d : doc->diagnostics.items()) {
          if (d.severity != Severity::Fatal) continue;
          Finished out = failed(d.message + " [" + d.code + "]");
          if (d.code == "pdf.scan") out.result.status = FileResult::Status::Scan;
          return out;
        }
      }
      if (validator) {
        f.validation = std::make_unique<validate::ValidationResult>(validator->validate(*doc, *o_.validate));
        r.validated = true;
        for (const auto& finding : f.validation->findings) {
          ++r.findings[std::min<std::size_t>(static_cast<std::size_t>(finding.severity), r.findings.size() - 1)];
        }
      }
      const validate::ValidationResult* found = f.validation.get();
      std::string compact;
      if (o_.ndjson || (o_.json && !o_.pretty)) compact = to_json(*doc, JsonOptions{.pretty = false, .validation = found});
      if (!o_.out_dir.empty()) {
        if (o_.json && !write(r.relative, ".json",
                              o_.pretty ? to_json(*doc, JsonOptions{.pretty = true, .validation = found}) : compact, error))
          return failed(error + " [output.unwritable]");
        if (o_.xml && !write(r.relative, ".xml", to_xml(*doc, XmlOptions{.pretty = o_.pretty, .validation = found}), error))
          return failed(error + " [output.unwritable]");
        manifest_.record(r.relative, f.hash, config_);
      }
      r.sections = count_sections(doc->sections);
      r.references = doc->references.size();
      r.deadlines = doc->deadlines.size();
      if (o_.ndjson) f.ndjson = std::move(compact);
      if (store_) f.doc = std::move(doc);
      if (!store_) f.validation.reset();
      r.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      return f;
    } catch (const std::exception& e) {
      return failed(std::string("internal error: ") + e.what() + " (a bug: please report it with the input)");
    }
  }

  static std::size_t count_sections(const std::vector<Section>& sections) {
    std::size_t n = sections.size();
    for (const auto& s : sections) n += count_sections(s.children);
    return n;
  }

  bool store_has(const std::string& relative, const std::string& hash) {
    std::lock_guard lock(store_mutex_);
    return store_->has(relative, hash);
  }

  // Runs under the sink's lock, in input order.
  void emit(Finished& f) {
    FileResult& r = f.result;
    if (store_ && f.doc) {
      try {
        std::lock_guard lock(store_mutex_);
        store_->put(r.relative, f.hash, *f.doc, f.validation.get());
      } catch (const std::exception& e) {
        r.status = FileResult::Status::Failed;
        r.error = std::string("database: ") + e.what();
      }
    }
    if (o_.ndjson && r.status == FileResult::Status::Converted) {
      if (!f.ndjson.empty() && f.ndjson.back() == '\n') f.ndjson.pop_back();  // the writer ends its text with one
      *o_.ndjson << f.ndjson << '\n';
    }
    switch (r.status) {
      case FileResult::Status::Converted:
        ++summary_.converted;
        for (std::size_t i = 0; i < r.findings.size(); ++i) summary_.findings[i] += r.findings[i];
        break;
      case FileResult::Status::UpToDate: ++summary_.up_to_date; break;
      case FileResult::Status::Failed: ++summary_.failed; break;
      case FileResult::Status::Skipped: ++summary_.skipped; break;
      case FileResult::Status::Scan: ++summary_.scans; break;
    }
    if (report_) report_->add(r);
    if (on_result_) on_result_(r);
  }

  const BatchOptions& o_;
  const std::string config_;
  const ResultCallback& on_result_;
  Manifest manifest_;
  std::unique_ptr<BatchReport> report_;
  std::string report_path_, temp_dir_;
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<DocPreconversion> docs_;  ///< built before the workers start, read-only after
  std::mutex store_mutex_;
  BatchSummary summary_;
  OrderedSink sink_;
};

}  // namespace

BatchSummary run_batch(const BatchOptions& options, std::istream& stdin_paths, const ResultCallback& on_result) {
  BatchOptions o = options;
  if (!o.out_dir.empty()) o.inputs.exclude_dir = o.out_dir;
  return Batch(o, on_result).run(stdin_paths);
}

std::size_t count_documents(const BatchOptions& options) {
  for (const auto& root : options.inputs.roots) {
    if (root == "-") return 0;  // standard input can be read once only
  }
  WalkOptions walk = options.inputs;
  if (!options.out_dir.empty()) walk.exclude_dir = options.out_dir;
  std::size_t n = 0;
  std::istringstream none;
  walk_inputs(
      walk, none, [&](InputFile&& f) { n += !options.shard || options.shard->takes(f.relative); },
      [](SkippedInput&&) {});
  return n;
}

}  // namespace vanban::batch
