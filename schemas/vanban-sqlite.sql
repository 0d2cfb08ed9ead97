-- vanban's SQLite store (vanban batch --db FILE), schema_version 1.
-- One row of `documents` per source document, keyed by its path relative to the batch input; every other
-- table hangs off documents(id) and is rebuilt when the document is stored again. Column meanings are the
-- JSON output's fields (schemas/vanban.schema.json); dates are the same ISO-like text ("2026-06-15",
-- "2026-06", "2026-Q2", "XXXX-12-15"), so `value LIKE '2026-06%'` finds every limit in June 2026.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS store_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id               INTEGER PRIMARY KEY,
  source_path      TEXT NOT NULL UNIQUE,  -- relative path under the batch input ("huyen/ke-hoach-12.docx")
  content_hash     TEXT NOT NULL,         -- of the source bytes: a re-run skips or replaces by it
  format           TEXT,                  -- "docx" | "markdown" | "pdf" | "doc"
  doc_type         TEXT,                  -- "Kế hoạch"
  doc_type_code    TEXT,                  -- "KH"
  number           TEXT,                  -- "69"; NULL when blank (drafts)
  symbol           TEXT,                  -- "KH-UBND"
  number_symbol    TEXT,                  -- "69/KH-UBND"
  issuer           TEXT,
  parent_issuer    TEXT,
  place            TEXT,
  issue_date       TEXT,
  title            TEXT,
  signer_authority TEXT,
  signer_position  TEXT,
  signer_name      TEXT,
  draft            INTEGER NOT NULL DEFAULT 0,
  schema_version   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_number_symbol ON documents(number_symbol);
CREATE INDEX IF NOT EXISTS documents_doc_type ON documents(doc_type);

CREATE TABLE IF NOT EXISTS sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,  -- reading order within the document
  path        TEXT NOT NULL,     -- "II.3", "Chương I.Điều 3"
  label       TEXT NOT NULL,
  kind        TEXT NOT NULL,
  title       TEXT,
  level       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);

CREATE TABLE IF NOT EXISTS recipients (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (document_id, ordinal)
);

-- The documents a document cites (the JSON "references").
CREATE TABLE IF NOT EXISTS citations (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ref_key       TEXT NOT NULL,  -- the JSON reference id: "69/KH-UBND@2024-02-26", "law:…"
  type          TEXT,           -- "Nghị định"
  type_code     TEXT,
  number        TEXT,
  number_symbol TEXT,           -- "59/2023/NĐ-CP"; NULL for laws cited by name
  date          TEXT,
  year          INTEGER,
  issuer        TEXT,
  issuer_inferred INTEGER NOT NULL DEFAULT 0,  -- 1: the issuer comes from the symbol ("…/QĐ-TTg"), not the text
  subject       TEXT,
  name          TEXT,           -- laws by name: "Luật Đất đai"
  relation      TEXT,           -- "basis", "implements", "amends", "replaces", "repeals"
  text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS citations_document ON citations(document_id);
CREATE INDEX IF NOT EXISTS citations_number_symbol ON citations(number_symbol);
CREATE INDEX IF NOT EXISTS citations_name ON citations(name);

CREATE TABLE IF NOT EXISTS occurrences (
  citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  path        TEXT NOT NULL,  -- section path, "" outside sections
  place       TEXT NOT NULL,  -- the JSON "where": "body", "preamble", "footnote:1", "table"
  line        INTEGER,        -- text input
  paragraph   INTEGER,        -- DOCX
  dieu        INTEGER,        -- the part cited there, when named: "điểm a khoản 2 Điều 5 Nghị định …"
  khoan       INTEGER,
  diem        TEXT,
  PRIMARY KEY (citation_id, ordinal)
);
CREATE INDEX IF NOT EXISTS occurrences_dieu ON occurrences(dieu);

CREATE TABLE IF NOT EXISTS deadlines (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  value       TEXT,           -- NULL for relative limits
  kind        TEXT NOT NULL,  -- "before", "by", "on", "during", "recurring", "relative"
  text        TEXT NOT NULL,
  path        TEXT NOT NULL,
  sentence    TEXT NOT NULL,
  assignee    TEXT,
  duration    TEXT,           -- relative limits: ISO 8601 ("P15D")
  anchor      TEXT
);
CREATE INDEX IF NOT EXISTS deadlines_document ON deadlines(document_id);
CREATE INDEX IF NOT EXISTS deadlines_value ON deadlines(value);
CREATE INDEX IF NOT EXISTS deadlines_assignee ON deadlines(assignee);

CREATE TABLE IF NOT EXISTS tasks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  unit        TEXT NOT NULL,
  role        TEXT NOT NULL,  -- "lead" (chủ trì) or "support" (phối hợp)
  text        TEXT NOT NULL,
  path        TEXT NOT NULL,
  deadline_id INTEGER REFERENCES deadlines(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS tasks_document ON tasks(document_id);

CREATE TABLE IF NOT EXISTS diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  code        TEXT NOT NULL,
  severity    TEXT NOT NULL,  -- "info", "warning", "error", "fatal"
  message     TEXT NOT NULL,
  line        INTEGER,
  paragraph   INTEGER,
  PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX IF NOT EXISTS diagnostics_code ON diagnostics(code);

-- The linter's findings (`vanban batch --validate`; the rule book: `vanban validate --list-rules`). Empty for a
-- document stored without --validate.
CREATE TABLE IF NOT EXISTS findings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  code        TEXT NOT NULL,  -- "VB201"
  severity    TEXT NOT NULL,  -- "info", "warning", "error"
  profile     TEXT NOT NULL,  -- the rule book applied: "nd30", "party", "normative"
  message     TEXT NOT NULL,
  line        INTEGER,
  paragraph   INTEGER,
  excerpt     TEXT NOT NULL,
  PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX IF NOT EXISTS findings_code ON findings(code);
