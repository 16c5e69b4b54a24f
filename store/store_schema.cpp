#include "store/store_schema.h"

namespace kg::store {

// Ids are the graph's own: entity id N is node nN of every export, relation id M is edge
// eM. Lists (aliases, titles, an entity's documents, a relation's evidence) are rows with a
// position, so SQL can join on them and the order of the graph is kept exactly.
std::string_view schema_sql() {
  return R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents (
  position  INTEGER PRIMARY KEY,
  id        TEXT NOT NULL,
  date      TEXT NOT NULL,
  source    TEXT NOT NULL,
  url       TEXT NOT NULL,
  sentences INTEGER NOT NULL
);
CREATE TABLE entities (
  id       INTEGER PRIMARY KEY,
  label    TEXT NOT NULL,
  type     TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  country  TEXT NOT NULL
);
CREATE TABLE entity_aliases (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  alias    TEXT NOT NULL,
  PRIMARY KEY (entity, position)
) WITHOUT ROWID;
CREATE TABLE entity_titles (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  title    TEXT NOT NULL,
  PRIMARY KEY (entity, position)
) WITHOUT ROWID;
CREATE TABLE entity_documents (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (entity, position)
) WITHOUT ROWID;
CREATE TABLE relations (
  id       INTEGER PRIMARY KEY,
  source   INTEGER NOT NULL REFERENCES entities(id),
  relation TEXT NOT NULL,
  target   INTEGER NOT NULL REFERENCES entities(id),
  title    TEXT NOT NULL,
  weight   INTEGER NOT NULL
);
CREATE TABLE sentences (
  id       INTEGER PRIMARY KEY,
  document TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  begin    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  date     TEXT NOT NULL
);
CREATE TABLE evidence (
  relation      INTEGER NOT NULL REFERENCES relations(id),
  position      INTEGER NOT NULL,
  sentence_id   INTEGER NOT NULL REFERENCES sentences(id),
  subject_begin INTEGER NOT NULL,
  subject_end   INTEGER NOT NULL,
  object_begin  INTEGER NOT NULL,
  object_end    INTEGER NOT NULL,
  PRIMARY KEY (relation, position)
) WITHOUT ROWID;
CREATE TABLE adjacency (
  node INTEGER PRIMARY KEY REFERENCES entities(id),
  arcs BLOB NOT NULL
);
CREATE TABLE node_types (
  types BLOB NOT NULL
);
CREATE TABLE name_keys (
  key    TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE TABLE name_words (
  word   TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(id),
  name   INTEGER NOT NULL,
  PRIMARY KEY (word, entity, name)
) WITHOUT ROWID;
CREATE TABLE extractions (
  position INTEGER PRIMARY KEY,
  document TEXT NOT NULL UNIQUE,
  data     BLOB NOT NULL
);
CREATE VIEW names (entity, name, is_label) AS
  SELECT id, label, 1 FROM entities
  UNION ALL SELECT entity, alias, 0 FROM entity_aliases;
CREATE VIEW evidence_text AS
  SELECT e.relation, e.position, s.document, s.sentence, s.begin AS sentence_begin, s.end AS sentence_end,
         e.subject_begin, e.subject_end, e.object_begin, e.object_end, s.text, s.date
  FROM evidence e JOIN sentences s ON s.id = e.sentence_id;
)sql";
}

std::string_view index_sql() {
  return R"sql(
CREATE INDEX entities_label ON entities(label);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
CREATE INDEX relations_source ON relations(source, relation);
CREATE INDEX relations_target ON relations(target, relation);
CREATE INDEX sentences_document ON sentences(document, sentence);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX relations_titled ON relations(id, title) WHERE title <> '';
)sql";
}

}  // namespace kg::store
