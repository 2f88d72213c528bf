-- The documents' words for the search: a contentless full-text index of the current version of
-- every document (its title and its text), keyed on documents.id; the text is stored once, in
-- documents.body. Triggers keep it in step with imports and corrected versions.
-- A custom migration (drizzle-kit generate --custom): drizzle's schema has no virtual tables or triggers.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(`title`, `body`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `documents_fts` (rowid, `title`, `body`)
  SELECT `id`, coalesce(`title`, ''), `body` FROM `documents` WHERE `current` = 1;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_insert` AFTER INSERT ON `documents` WHEN new.`current` = 1 BEGIN
  INSERT INTO `documents_fts` (rowid, `title`, `body`) VALUES (new.`id`, coalesce(new.`title`, ''), new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF `current`, `title`, `body` ON `documents` BEGIN
  DELETE FROM `documents_fts` WHERE rowid = old.`id`;
  INSERT INTO `documents_fts` (rowid, `title`, `body`)
    SELECT new.`id`, coalesce(new.`title`, ''), new.`body` WHERE new.`current` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_delete` AFTER DELETE ON `documents` BEGIN
  DELETE FROM `documents_fts` WHERE rowid = old.`id`;
END;
