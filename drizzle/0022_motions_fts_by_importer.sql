-- A motion's first text is indexed by the importer, with the rest of its transaction's new rows, just
-- before it commits (src/lib/server/search-backlog.ts): FTS5 writes its pending terms at every
-- savepoint, so a row indexed by this trigger amid the import's other writes made a segment of its
-- own. Changed and removed texts are still indexed by their triggers (motion_texts_fts_update, …_delete).
DROP TRIGGER `motion_texts_fts_insert`;
