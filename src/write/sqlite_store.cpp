#include "write/sqlite_store.hpp"

#include <sqlite3.h>

#include <array>
#include <optional>
#include <stdexcept>

#include "write/document_parts.hpp"
#include "write/utf8_repair.hpp"

namespace vanban {

const char* sqlite_schema() {
  return
#include "vanban_sqlite_schema.inc"
      ;
}

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw std::runtime_error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

/// One prepared statement, reset after each use; binds text as UTF-8 repaired for safety.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st_, nullptr) != SQLITE_OK) fail(db, sql);
  }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view text) {
    std::string scratch;
    const std::string_view clean = repair_utf8(text, TextTarget::Json, scratch);
    sqlite3_bind_text(st_, i, clean.data(), static_cast<int>(clean.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
  Statement& bind(int i, const char* text) { return bind(i, std::string_view(text)); }
  Statement& bind(int i, const std::optional<std::string>& text) {
    if (text) return bind(i, std::string_view(*text));
    sqlite3_bind_null(st_, i);
    return *this;
  }
  Statement& bind(int i, long long value) {
    sqlite3_bind_int64(st_, i, value);
    return *this;
  }
  Statement& bind_null(int i) {
    sqlite3_bind_null(st_, i);
    return *this;
  }
  Statement& bind_positive(int i, long long value) { return value > 0 ? bind(i, value) : bind_null(i); }

  /// Runs to completion; true when a row came back (its first column is then in `first`).
  bool run(long long* first = nullptr) {
    const int rc = sqlite3_step(st_);
    const bool row = rc == SQLITE_ROW;
    if (row && first) *first = sqlite3_column_int64(st_, 0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      sqlite3_reset(st_);
      fail(db_, sqlite3_sql(st_));
    }
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    return row;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string what = message ? message : "error";
    sqlite3_free(message);
    throw std::runtime_error(what);
  }
}

std::optional<std::string> date_text(const std::optional<PartialDate>& d) {
  if (!d || d->empty()) return std::nullopt;
  return d->iso();
}

}  // namespace

struct SqliteStore::Statements {
  explicit Statements(sqlite3* db)
      : begin(db, "BEGIN IMMEDIATE"),
        commit(db, "COMMIT"),
        rollback(db, "ROLLBACK"),
        find(db, "SELECT id FROM documents WHERE source_path = ?1"),
        has(db, "SELECT 1 FROM documents WHERE source_path = ?1 AND content_hash = ?2"),
        insert_document(db,
                        "INSERT INTO documents (source_path, content_hash, format, doc_type, doc_type_code, number, "
                        "symbol, number_symbol, issuer, parent_issuer, place, issue_date, title, signer_authority, "
                        "signer_position, signer_name, draft, schema_version) "
                        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18) "
                        "ON CONFLICT(source_path) DO UPDATE SET content_hash=?2, format=?3, doc_type=?4, "
                        "doc_type_code=?5, number=?6, symbol=?7, number_symbol=?8, issuer=?9, parent_issuer=?10, "
                        "place=?11, issue_date=?12, title=?13, signer_authority=?14, signer_position=?15, "
                        "signer_name=?16, draft=?17, schema_version=?18"),
        clear{Statement(db, "DELETE FROM sections WHERE document_id = ?1"),
              Statement(db, "DELETE FROM recipients WHERE document_id = ?1"),
              Statement(db, "DELETE FROM tasks WHERE document_id = ?1"),
              Statement(db, "DELETE FROM citations WHERE document_id = ?1"),
              Statement(db, "DELETE FROM deadlines WHERE document_id = ?1"),
              Statement(db, "DELETE FROM diagnostics WHERE document_id = ?1"),
              Statement(db, "DELETE FROM findings WHERE document_id = ?1")},
        section(db, "INSERT INTO sections (document_id, ordinal, path, label, kind, title, level) VALUES (?1,?2,?3,?4,?5,?6,?7)"),
        recipient(db, "INSERT INTO recipients (document_id, ordinal, text) VALUES (?1,?2,?3)"),
        citation(db,
                 "INSERT INTO citations (document_id, ref_key, type, type_code, number, number_symbol, date, year, "
                 "issuer, subject, name, relation, text, issuer_inferred) "
                 "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) RETURNING id"),
        occurrence(db,
                   "INSERT INTO occurrences (citation_id, ordinal, text, path, place, line, paragraph, dieu, khoan, "
                   "diem) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
        deadline(db,
                 "INSERT INTO deadlines (document_id, ordinal, value, kind, text, path, sentence, assignee, duration, "
                 "anchor) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) RETURNING id"),
        task(db,
             "INSERT INTO tasks (document_id, ordinal, unit, role, text, path, deadline_id) VALUES (?1,?2,?3,?4,?5,?6,?7)"),
        diagnostic(db,
                   "INSERT INTO diagnostics (document_id, ordinal, code, severity, message, line, paragraph) "
                   "VALUES (?1,?2,?3,?4,?5,?6,?7)"),
        finding(db,
                "INSERT INTO findings (document_id, ordinal, code, severity, profile, message, line, paragraph, excerpt) "
                "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)") {}

  Statement begin, commit, rollback, find, has, insert_document;
  std::array<Statement, 7> clear;
  Statement section, recipient, citation, occurrence, deadline, task, diagnostic, finding;
};

SqliteStore::SqliteStore(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string what = path + ": cannot open the database: " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error(what);
  }
  try {
    sqlite3_busy_timeout(db_, 10000);
    // WAL: readers (dashboards) keep reading while a batch writes; NORMAL is durable at each checkpoint.
    exec(db_, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    exec(db_, sqlite_schema());
    exec(db_, (std::string("INSERT OR REPLACE INTO store_info (key, value) VALUES ('schema_version', '1'), "
                           "('output_schema_version', '") + kSchemaVersion + "')").c_str());
    st_ = std::make_unique<Statements>(db_);
  } catch (const std::exception& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error(path + ": " + e.what());
  }
}

SqliteStore::~SqliteStore() {
  st_.reset();
  if (db_) sqlite3_close(db_);
}

bool SqliteStore::has(const std::string& source_path, const std::string& content_hash) const {
  return st_->has.bind(1, source_path).bind(2, content_hash).run();
}

namespace {

void put_sections(Statement& insert, long long id, const std::vector<Section>& sections, long long& ordinal) {
  for (const auto& s : sections) {
    insert.bind(1, id).bind(2, ordinal++).bind(3, s.path).bind(4, s.label).bind(5, to_string(s.kind)).bind(6, s.title);
    insert.bind(7, static_cast<long long>(s.level)).run();
    put_sections(insert, id, s.children, ordinal);
  }
}

}  // namespace

void SqliteStore::put(const std::string& source_path, const std::string& content_hash, const Document& doc,
                      const validate::ValidationResult* validation) {
  Statements& st = *st_;
  st.begin.run();
  try {
    const Metadata& m = doc.metadata;
    auto& d = st.insert_document;
    d.bind(1, source_path).bind(2, content_hash).bind(3, doc.format == InputFormat::Docx ? "docx" : "markdown");
    d.bind(4, m.doc_type).bind(5, m.doc_type_code).bind(6, m.number).bind(7, m.symbol).bind(8, m.number_symbol);
    d.bind(9, m.issuer).bind(10, m.parent_issuer).bind(11, m.place).bind(12, date_text(m.issue_date)).bind(13, m.title);
    d.bind(14, m.signer.authority).bind(15, m.signer.position).bind(16, m.signer.name);
    d.bind(17, m.draft ? 1LL : 0LL).bind(18, kSchemaVersion).run();
    long long id = 0;
    st.find.bind(1, source_path).run(&id);
    for (auto& clear : st.clear) clear.bind(1, id).run();

    long long ordinal = 0;
    put_sections(st.section, id, doc.sections, ordinal);
    ordinal = 0;
    for (const auto& r : m.recipients) st.recipient.bind(1, id).bind(2, ordinal++).bind(3, r).run();
    for (const auto& r : doc.references) {
      auto& c = st.citation;
      c.bind(1, id).bind(2, r.id).bind(3, r.type).bind(4, r.type_code).bind(5, r.number).bind(6, r.number_symbol);
      c.bind(7, date_text(r.date));
      if (r.year) c.bind(8, static_cast<long long>(*r.year));
      else c.bind_null(8);
      c.bind(9, r.issuer).bind(10, r.subject).bind(11, r.name).bind(12, r.relation).bind(13, r.text);
      c.bind(14, r.issuer_inferred ? 1LL : 0LL);
      long long citation_id = 0;
      c.run(&citation_id);
      long long n = 0;
      for (const auto& o : r.occurrences) {
        st.occurrence.bind(1, citation_id).bind(2, n++).bind(3, o.text).bind(4, o.path).bind(5, o.where);
        st.occurrence.bind_positive(6, o.location.line).bind_positive(7, o.location.paragraph);
        if (o.part) {
          st.occurrence.bind_positive(8, o.part->dieu).bind_positive(9, o.part->khoan);
          if (o.part->diem.empty()) st.occurrence.bind_null(10);
          else st.occurrence.bind(10, o.part->diem);
        } else {
          st.occurrence.bind_null(8).bind_null(9).bind_null(10);
        }
        st.occurrence.run();
      }
    }
    std::vector<long long> deadline_ids;
    ordinal = 0;
    for (const auto& dl : doc.deadlines) {
      auto& s = st.deadline;
      s.bind(1, id).bind(2, ordinal++);
      if (dl.value.empty()) s.bind_null(3);
      else s.bind(3, dl.value);
      s.bind(4, dl.kind).bind(5, dl.text).bind(6, dl.path).bind(7, dl.sentence).bind(8, dl.assignee);
      s.bind(9, dl.duration).bind(10, dl.anchor);
      long long deadline_id = 0;
      s.run(&deadline_id);
      deadline_ids.push_back(deadline_id);
    }
    ordinal = 0;
    for (const auto& t : doc.tasks) {
      auto& s = st.task;
      s.bind(1, id).bind(2, ordinal++).bind(3, t.unit).bind(4, t.role).bind(5, t.text).bind(6, t.path);
      if (t.deadline && *t.deadline < deadline_ids.size()) s.bind(7, deadline_ids[*t.deadline]);
      else s.bind_null(7);
      s.run();
    }
    ordinal = 0;
    for (const auto& g : doc.diagnostics.items()) {
      auto& s = st.diagnostic;
      s.bind(1, id).bind(2, ordinal++).bind(3, g.code).bind(4, to_string(g.severity)).bind(5, g.message);
      s.bind_positive(6, g.location.line).bind_positive(7, g.location.paragraph).run();
    }
    if (validation) {
      ordinal = 0;
      for (const auto& f : validation->findings) {
        auto& s = st.finding;
        s.bind(1, id).bind(2, ordinal++).bind(3, f.code).bind(4, to_string(f.severity));
        s.bind(5, validate::to_string(validation->profile)).bind(6, f.message);
        s.bind_positive(7, f.location.line).bind_positive(8, f.location.paragraph).bind(9, f.excerpt).run();
      }
    }
    st.commit.run();
  } catch (...) {
    st.rollback.run();
    throw;
  }
}

namespace {

// Rows of the attached store `src` are matched to this store's documents by source path, and citations and
// deadlines by their key within the document (ref_key, ordinal), since ids differ between stores.
constexpr const char* kMergeSql = R"sql(
INSERT INTO documents (source_path, content_hash, format, doc_type, doc_type_code, number, symbol, number_symbol,
  issuer, parent_issuer, place, issue_date, title, signer_authority, signer_position, signer_name, draft,
  schema_version)
SELECT source_path, content_hash, format, doc_type, doc_type_code, number, symbol, number_symbol, issuer,
  parent_issuer, place, issue_date, title, signer_authority, signer_position, signer_name, draft, schema_version
FROM src.documents WHERE true ORDER BY source_path
ON CONFLICT(source_path) DO UPDATE SET content_hash=excluded.content_hash, format=excluded.format,
  doc_type=excluded.doc_type, doc_type_code=excluded.doc_type_code, number=excluded.number, symbol=excluded.symbol,
  number_symbol=excluded.number_symbol, issuer=excluded.issuer, parent_issuer=excluded.parent_issuer,
  place=excluded.place, issue_date=excluded.issue_date, title=excluded.title,
  signer_authority=excluded.signer_authority, signer_position=excluded.signer_position,
  signer_name=excluded.signer_name, draft=excluded.draft, schema_version=excluded.schema_version;
CREATE TEMP TABLE merged AS
  SELECT m.id AS id, s.id AS src_id FROM documents m JOIN src.documents s ON s.source_path = m.source_path;
DELETE FROM sections WHERE document_id IN (SELECT id FROM merged);
DELETE FROM recipients WHERE document_id IN (SELECT id FROM merged);
DELETE FROM tasks WHERE document_id IN (SELECT id FROM merged);
DELETE FROM citations WHERE document_id IN (SELECT id FROM merged);
DELETE FROM deadlines WHERE document_id IN (SELECT id FROM merged);
DELETE FROM diagnostics WHERE document_id IN (SELECT id FROM merged);
DELETE FROM findings WHERE document_id IN (SELECT id FROM merged);
INSERT INTO sections (document_id, ordinal, path, label, kind, title, level)
  SELECT g.id, x.ordinal, x.path, x.label, x.kind, x.title, x.level
  FROM src.sections x JOIN merged g ON g.src_id = x.document_id ORDER BY x.id;
INSERT INTO recipients (document_id, ordinal, text)
  SELECT g.id, x.ordinal, x.text FROM src.recipients x JOIN merged g ON g.src_id = x.document_id;
INSERT INTO citations (document_id, ref_key, type, type_code, number, number_symbol, date, year, issuer,
  issuer_inferred, subject, name, relation, text)
  SELECT g.id, x.ref_key, x.type, x.type_code, x.number, x.number_symbol, x.date, x.year, x.issuer,
    x.issuer_inferred, x.subject, x.name, x.relation, x.text
  FROM src.citations x JOIN merged g ON g.src_id = x.document_id ORDER BY x.id;
INSERT INTO occurrences (citation_id, ordinal, text, path, place, line, paragraph, dieu, khoan, diem)
  SELECT c.id, o.ordinal, o.text, o.path, o.place, o.line, o.paragraph, o.dieu, o.khoan, o.diem
  FROM src.occurrences o JOIN src.citations x ON x.id = o.citation_id JOIN merged g ON g.src_id = x.document_id
  JOIN citations c ON c.document_id = g.id AND c.ref_key = x.ref_key;
INSERT INTO deadlines (document_id, ordinal, value, kind, text, path, sentence, assignee, duration, anchor)
  SELECT g.id, x.ordinal, x.value, x.kind, x.text, x.path, x.sentence, x.assignee, x.duration, x.anchor
  FROM src.deadlines x JOIN merged g ON g.src_id = x.document_id ORDER BY x.id;
INSERT INTO tasks (document_id, ordinal, unit, role, text, path, deadline_id)
  SELECT g.id, t.ordinal, t.unit, t.role, t.text, t.path, d.id
  FROM src.tasks t JOIN merged g ON g.src_id = t.document_id
  LEFT JOIN src.deadlines sd ON sd.id = t.deadline_id
  LEFT JOIN deadlines d ON d.document_id = g.id AND d.ordinal = sd.ordinal ORDER BY t.id;
INSERT INTO diagnostics (document_id, ordinal, code, severity, message, line, paragraph)
  SELECT g.id, x.ordinal, x.code, x.severity, x.message, x.line, x.paragraph
  FROM src.diagnostics x JOIN merged g ON g.src_id = x.document_id;
INSERT INTO findings (document_id, ordinal, code, severity, profile, message, line, paragraph, excerpt)
  SELECT g.id, x.ordinal, x.code, x.severity, x.profile, x.message, x.line, x.paragraph, x.excerpt
  FROM src.findings x JOIN merged g ON g.src_id = x.document_id;
DROP TABLE merged;
)sql";

}  // namespace

void SqliteStore::merge_from(const std::string& other) {
  try {
    Statement attach(db_, "ATTACH DATABASE ?1 AS src");
    attach.bind(1, other).run();
  } catch (const std::exception& e) {
    throw std::runtime_error(other + ": cannot merge: " + e.what());
  }
  try {
    exec(db_, "BEGIN IMMEDIATE");
    try {
      exec(db_, kMergeSql);
      exec(db_, "COMMIT");
    } catch (...) {
      exec(db_, "ROLLBACK");
      throw;
    }
  } catch (const std::exception& e) {
    exec(db_, "DETACH DATABASE src");
    throw std::runtime_error(other + ": cannot merge: " + e.what());
  }
  exec(db_, "DETACH DATABASE src");
}

}  // namespace vanban
