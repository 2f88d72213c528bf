CREATE TABLE `document_chunks` (
	`document_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`first_line` integer NOT NULL,
	`line_count` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`document_id`, `seq`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_chunks_line_idx` ON `document_chunks` (`document_id`,`first_line`);--> statement-breakpoint
ALTER TABLE `motion_references` ADD `located` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `motion_references` ADD `span_line` integer;--> statement-breakpoint
ALTER TABLE `motion_references` ADD `span_start` integer;--> statement-breakpoint
ALTER TABLE `motion_references` ADD `span_end_line` integer;--> statement-breakpoint
ALTER TABLE `motion_references` ADD `span_end` integer;--> statement-breakpoint
-- Hand-written from here to the DROP COLUMN (drizzle-kit writes tables and columns, not data):
-- every document's body into pieces, cut as src/lib/server/document-body.ts cuts them: a piece over
-- 262144 bytes is halved after the first line end from its middle on, again and again (each level
-- copies the text once, where cutting piece by piece off the front would copy it once per piece).
-- A piece's lines count \r\n, \r and \n as one line end each; the last piece holds the last line.
INSERT INTO `document_chunks` (`document_id`, `seq`, `first_line`, `line_count`, `text`)
WITH RECURSIVE
  piece(document_id, start, bytes, cut) AS (
    SELECT `id`, 0, cast(`body` AS blob), CASE WHEN length(cast(`body` AS blob)) > 262144 THEN nullif(coalesce(
      nullif(instr(substr(cast(`body` AS blob), length(cast(`body` AS blob)) / 2 + 1, 65536), x'0a'), 0),
      nullif(instr(substr(cast(`body` AS blob), length(cast(`body` AS blob)) / 2 + 1), x'0a'), 0)) + length(cast(`body` AS blob)) / 2, length(cast(`body` AS blob))) END
    FROM `documents`
    UNION ALL
    SELECT document_id, start, substr(bytes, 1, cut), CASE WHEN length(substr(bytes, 1, cut)) > 262144 THEN nullif(coalesce(
      nullif(instr(substr(substr(bytes, 1, cut), length(substr(bytes, 1, cut)) / 2 + 1, 65536), x'0a'), 0),
      nullif(instr(substr(substr(bytes, 1, cut), length(substr(bytes, 1, cut)) / 2 + 1), x'0a'), 0)) + length(substr(bytes, 1, cut)) / 2, length(substr(bytes, 1, cut))) END
    FROM piece WHERE cut IS NOT NULL
    UNION ALL
    SELECT document_id, start + cut, substr(bytes, cut + 1), CASE WHEN length(substr(bytes, cut + 1)) > 262144 THEN nullif(coalesce(
      nullif(instr(substr(substr(bytes, cut + 1), length(substr(bytes, cut + 1)) / 2 + 1, 65536), x'0a'), 0),
      nullif(instr(substr(substr(bytes, cut + 1), length(substr(bytes, cut + 1)) / 2 + 1), x'0a'), 0)) + length(substr(bytes, cut + 1)) / 2, length(substr(bytes, cut + 1))) END
    FROM piece WHERE cut IS NOT NULL
  ),
  whole(document_id, start, text) AS (
    SELECT document_id, start, coalesce(cast(bytes AS text), '') FROM piece WHERE cut IS NULL
  ),
  counted AS (
    SELECT document_id, start, text, (length(text) - length(replace(text, char(10), ''))) + (length(text) - length(replace(text, char(13), '')))
      - (length(text) - length(replace(text, char(13) || char(10), ''))) / 2 AS breaks
    FROM whole
  )
SELECT document_id,
  row_number() OVER w - 1,
  1 + coalesce(sum(breaks) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0),
  breaks + (lead(start) OVER w IS NULL),
  text
FROM counted
WINDOW w AS (PARTITION BY document_id ORDER BY start);
--> statement-breakpoint
-- The full-text index keeps its rows; what fed it from the body now reads the pieces (a new version's
-- row is written by the import, which has the text at hand).
DROP TRIGGER `documents_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `documents_fts_update`;
--> statement-breakpoint
ALTER TABLE `documents` DROP COLUMN `body`;
--> statement-breakpoint
-- A version that becomes current again (or loses its place, or is renamed): its index row follows.
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF `current`, `title` ON `documents` BEGIN
  DELETE FROM `documents_fts` WHERE rowid = old.`id`;
  INSERT INTO `documents_fts` (rowid, `title`, `body`)
    SELECT new.`id`, coalesce(new.`title`, ''),
      (SELECT coalesce(group_concat(`text`, '' ORDER BY `seq`), '') FROM `document_chunks` WHERE `document_id` = new.`id`)
    WHERE new.`current` = 1;
END;