CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`motion_id` text,
	`document_id` integer,
	`summary` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_user_idx` ON `audit_events` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_events_motion_idx` ON `audit_events` (`motion_id`);--> statement-breakpoint
CREATE INDEX `audit_events_document_idx` ON `audit_events` (`document_id`);--> statement-breakpoint
CREATE TABLE `conflict_settlements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`field` text NOT NULL,
	`document_id` integer NOT NULL,
	`other_document_id` integer NOT NULL,
	`chosen_document_id` integer NOT NULL,
	`chosen_value` text NOT NULL,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chosen_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conflict_settlements_motion_idx` ON `conflict_settlements` (`motion_id`,`field`);--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`field` text NOT NULL,
	`position` integer,
	`before` text,
	`after` text,
	`after_id` integer,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "corrections_field_check" CHECK("corrections"."field" in ('verdict', 'cabinet_member', 'condition', 'signer', 'signer_fraction', 'reading'))
);
--> statement-breakpoint
CREATE INDEX `corrections_motion_idx` ON `corrections` (`motion_id`);--> statement-breakpoint
CREATE INDEX `corrections_user_idx` ON `corrections` (`user_id`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_name_idx` ON `login_attempts` (`name`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_address_idx` ON `login_attempts` (`address`,`at`);--> statement-breakpoint
CREATE TABLE `pending_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`file_name` text NOT NULL,
	`bytes` blob NOT NULL,
	`kind` text,
	`title` text,
	`date` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pending_uploads_session_idx` ON `pending_uploads` (`session_id`);--> statement-breakpoint
CREATE TABLE `review_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`correction_id` integer NOT NULL,
	`document_id` integer,
	`field` text NOT NULL,
	`corrected` text,
	`imported` text,
	`created_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`reason` text,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_items_status_check" CHECK("review_items"."status" in ('open', 'accepted', 'rejected'))
);
--> statement-breakpoint
CREATE INDEX `review_items_status_idx` ON `review_items` (`status`,`motion_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT 'clerk' NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('clerk', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_unique` ON `users` (`name`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_appraisals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`document_id` integer,
	`sequence` integer NOT NULL,
	`verdict` text NOT NULL,
	`cabinet_member_id` integer,
	`minister_name` text,
	`conditional` integer DEFAULT false NOT NULL,
	`condition` text,
	`quote` text NOT NULL,
	`line_from` integer NOT NULL,
	`line_to` integer NOT NULL,
	`spoken_by` text NOT NULL,
	`final` integer DEFAULT false NOT NULL,
	`conflict` integer DEFAULT false NOT NULL,
	`correction_id` integer,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cabinet_member_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "appraisals_verdict_check" CHECK("__new_appraisals"."verdict" in ('oordeel_kamer', 'ontraden', 'overbodig', 'ontijdig', 'overgenomen', 'ontraden_tenzij_gewijzigd', 'verzocht_aan_te_houden')),
	CONSTRAINT "appraisals_spoken_by_check" CHECK("__new_appraisals"."spoken_by" in ('cabinet', 'chair', 'letter', 'clerk')),
	CONSTRAINT "appraisals_source_check" CHECK(("__new_appraisals"."document_id" is null) = ("__new_appraisals"."correction_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_appraisals`("id", "motion_id", "document_id", "sequence", "verdict", "cabinet_member_id", "minister_name", "conditional", "condition", "quote", "line_from", "line_to", "spoken_by", "final", "conflict", "correction_id") SELECT "id", "motion_id", "document_id", "sequence", "verdict", "cabinet_member_id", "minister_name", "conditional", "condition", "quote", "line_from", "line_to", "spoken_by", "final", "conflict", NULL FROM `appraisals`;--> statement-breakpoint
DROP TABLE `appraisals`;--> statement-breakpoint
ALTER TABLE `__new_appraisals` RENAME TO `appraisals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `appraisals_sequence_unique` ON `appraisals` (`motion_id`,`document_id`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `appraisals_final_unique` ON `appraisals` (`motion_id`) WHERE "appraisals"."final" = 1;--> statement-breakpoint
CREATE INDEX `appraisals_final_verdict_idx` ON `appraisals` (`final`,`verdict`,`motion_id`);--> statement-breakpoint
CREATE INDEX `appraisals_final_minister_idx` ON `appraisals` (`final`,`cabinet_member_id`,`verdict`);--> statement-breakpoint
CREATE INDEX `appraisals_final_minister_name_idx` ON `appraisals` (`final`,`minister_name`,`verdict`);--> statement-breakpoint
CREATE INDEX `appraisals_document_idx` ON `appraisals` (`document_id`);--> statement-breakpoint
ALTER TABLE `import_runs` ADD `user_id` integer REFERENCES users(id);--> statement-breakpoint
-- drizzle-kit copies the new column correction_id from the old table, which has none: NULL instead.
-- Rebuilding appraisals dropped its data_version triggers (0012): they come back, and the tables the
-- motion page reads for its history and review state move the version too, so a correction is never
-- hidden behind a page kept for the version before it. Sessions, sign-in attempts and pending uploads
-- are not data: they leave the version alone.
CREATE TRIGGER `appraisals_insert_data_version` AFTER INSERT ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_update_data_version` AFTER UPDATE ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_delete_data_version` AFTER DELETE ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `corrections_insert_data_version` AFTER INSERT ON `corrections` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `corrections_update_data_version` AFTER UPDATE ON `corrections` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `corrections_delete_data_version` AFTER DELETE ON `corrections` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `review_items_insert_data_version` AFTER INSERT ON `review_items` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `review_items_update_data_version` AFTER UPDATE ON `review_items` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `review_items_delete_data_version` AFTER DELETE ON `review_items` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_settlements_insert_data_version` AFTER INSERT ON `conflict_settlements` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_settlements_update_data_version` AFTER UPDATE ON `conflict_settlements` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflict_settlements_delete_data_version` AFTER DELETE ON `conflict_settlements` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
