#pragma once
#include <memory>
#include <string>

#include "model/document.hpp"
#include "validate/validator.hpp"

struct sqlite3;

namespace vanban {

/// An SQLite database of converted documents, for questions across an archive ("which plans cite
/// Nghị định 59/2023/NĐ-CP?", "what falls due in June 2026, by assignee?"). Tables: documents, sections,
/// recipients, citations (the references; "references" is an SQL keyword), occurrences, deadlines, tasks,
/// diagnostics, findings (the linter's, when given) — their columns are the JSON output's fields, documented in schemas/vanban-sqlite.sql.
/// A document is keyed by its source path: storing it again replaces it (same id, children rebuilt),
/// so re-running a batch never duplicates anything. Not thread-safe: one writer.
class SqliteStore {
 public:
  /// Opens or creates the database and its tables. Throws std::runtime_error with the path and SQLite's
  /// message when it cannot.
  explicit SqliteStore(const std::string& path);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  /// Whether the document at `source_path` is stored with this content hash.
  bool has(const std::string& source_path, const std::string& content_hash) const;
  /// Stores (or replaces) one document in one transaction. Throws std::runtime_error on an SQLite error.
  /// `validation` (batch --validate) fills the findings table; nullptr leaves it empty for this document.
  void put(const std::string& source_path, const std::string& content_hash, const Document& doc,
           const validate::ValidationResult* validation = nullptr);
  /// Copies every document of another store (a shard's) into this one, replacing those with the same
  /// source path, in one transaction. Throws std::runtime_error naming `other` on an error.
  void merge_from(const std::string& other);

 private:
  struct Statements;
  sqlite3* db_ = nullptr;
  std::unique_ptr<Statements> st_;
};

/// The schema the store creates (also in schemas/vanban-sqlite.sql, which a test keeps equal to this).
const char* sqlite_schema();

}  // namespace vanban
