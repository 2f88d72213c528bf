-- Full-text search over the motions (SQLite FTS5), kept in step with the motions table by triggers.
-- A custom migration (drizzle-kit generate --custom): drizzle's schema has no virtual tables.
CREATE VIRTUAL TABLE `motions_fts` USING fts5(`id` UNINDEXED, `subject`, `text`, content='motions', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `motions_fts_insert` AFTER INSERT ON `motions` BEGIN
  INSERT INTO `motions_fts`(rowid, `id`, `subject`, `text`) VALUES (new.rowid, new.`id`, new.`subject`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `motions_fts_delete` AFTER DELETE ON `motions` BEGIN
  INSERT INTO `motions_fts`(`motions_fts`, rowid, `id`, `subject`, `text`) VALUES ('delete', old.rowid, old.`id`, old.`subject`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `motions_fts_update` AFTER UPDATE OF `subject`, `text` ON `motions` BEGIN
  INSERT INTO `motions_fts`(`motions_fts`, rowid, `id`, `subject`, `text`) VALUES ('delete', old.rowid, old.`id`, old.`subject`, old.`text`);
  INSERT INTO `motions_fts`(rowid, `id`, `subject`, `text`) VALUES (new.rowid, new.`id`, new.`subject`, new.`text`);
END;
