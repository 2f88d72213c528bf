-- The wording moves beside the motion row (motion_texts), and the full-text index follows it: keyed
-- on motion_texts.id, an INTEGER PRIMARY KEY that VACUUM never renumbers (the old index was keyed
-- on motions' implicit rowid). Contentless with delete support: the words are stored once, in
-- motion_texts; the subject stays in motions and is indexed from there by the triggers.
-- A custom migration (drizzle-kit generate --custom): drizzle's schema has no virtual tables or triggers.
INSERT INTO `motion_texts` (`motion_id`, `text`, `parts`)
  SELECT `id`, `text`, coalesce(`parts`, '[]') FROM `motions` WHERE `text` IS NOT NULL OR `parts` IS NOT NULL;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `motions_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `motions_fts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `motions_fts_update`;
--> statement-breakpoint
DROP TABLE IF EXISTS `motions_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `motions_fts` USING fts5(`subject`, `text`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `motions_fts` (rowid, `subject`, `text`)
  SELECT t.`id`, m.`subject`, t.`text` FROM `motion_texts` t JOIN `motions` m ON m.`id` = t.`motion_id`;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_fts_insert` AFTER INSERT ON `motion_texts` BEGIN
  INSERT INTO `motions_fts` (rowid, `subject`, `text`)
    SELECT new.`id`, m.`subject`, new.`text` FROM `motions` m WHERE m.`id` = new.`motion_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_fts_update` AFTER UPDATE OF `text` ON `motion_texts` BEGIN
  DELETE FROM `motions_fts` WHERE rowid = old.`id`;
  INSERT INTO `motions_fts` (rowid, `subject`, `text`)
    SELECT new.`id`, m.`subject`, new.`text` FROM `motions` m WHERE m.`id` = new.`motion_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_fts_delete` AFTER DELETE ON `motion_texts` BEGIN
  DELETE FROM `motions_fts` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `motions_subject_fts_update` AFTER UPDATE OF `subject` ON `motions` BEGIN
  DELETE FROM `motions_fts` WHERE rowid IN (SELECT `id` FROM `motion_texts` WHERE `motion_id` = new.`id`);
  INSERT INTO `motions_fts` (rowid, `subject`, `text`)
    SELECT t.`id`, new.`subject`, t.`text` FROM `motion_texts` t WHERE t.`motion_id` = new.`id`;
END;
