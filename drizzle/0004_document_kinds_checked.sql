PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`format` text DEFAULT 'text' NOT NULL,
	`interim` integer DEFAULT false NOT NULL,
	`title` text,
	`date` text,
	`imported_at` text NOT NULL,
	`body` text NOT NULL,
	`line_count` integer NOT NULL,
	`supersedes_id` integer,
	`current` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`supersedes_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "documents_kind_check" CHECK("__new_documents"."kind" in ('debate', 'letter', 'answers', 'consultation', 'motion')),
	CONSTRAINT "documents_format_check" CHECK("__new_documents"."format" in ('text', 'pdf', 'vlos', 'handelingen', 'motion'))
);
--> statement-breakpoint
INSERT INTO `__new_documents`("id", "sha256", "file_name", "kind", "format", "interim", "title", "date", "imported_at", "body", "line_count", "supersedes_id", "current") SELECT "id", "sha256", "file_name", "kind", "format", "interim", "title", "date", "imported_at", "body", "line_count", "supersedes_id", "current" FROM `documents`;--> statement-breakpoint
DROP TABLE `documents`;--> statement-breakpoint
ALTER TABLE `__new_documents` RENAME TO `documents`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_file_name_idx` ON `documents` (`file_name`);--> statement-breakpoint
CREATE INDEX `documents_kind_date_idx` ON `documents` (`kind`,`date`);