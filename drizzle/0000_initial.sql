CREATE TABLE `appraisals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`document_id` integer NOT NULL,
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
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cabinet_member_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "appraisals_verdict_check" CHECK("appraisals"."verdict" in ('oordeel_kamer', 'ontraden', 'overbodig', 'ontijdig', 'overgenomen', 'ontraden_tenzij_gewijzigd', 'verzocht_aan_te_houden')),
	CONSTRAINT "appraisals_spoken_by_check" CHECK("appraisals"."spoken_by" in ('cabinet', 'chair', 'letter'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appraisals_sequence_unique` ON `appraisals` (`motion_id`,`document_id`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `appraisals_final_unique` ON `appraisals` (`motion_id`) WHERE "appraisals"."final" = 1;--> statement-breakpoint
CREATE INDEX `appraisals_final_verdict_idx` ON `appraisals` (`final`,`verdict`,`motion_id`);--> statement-breakpoint
CREATE INDEX `appraisals_final_minister_idx` ON `appraisals` (`final`,`cabinet_member_id`,`verdict`);--> statement-breakpoint
CREATE TABLE `cabinet_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`ministry` text NOT NULL,
	`party` text,
	`from` text,
	`to` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cabinet_posts_unique` ON `cabinet_posts` (`person_id`,`role`,`ministry`,`from`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`field` text NOT NULL,
	`document_id` integer NOT NULL,
	`other_document_id` integer NOT NULL,
	`value` text NOT NULL,
	`other_value` text NOT NULL,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "conflicts_field_check" CHECK("conflicts"."field" in ('signers', 'verdict'))
);
--> statement-breakpoint
CREATE INDEX `conflicts_motion_idx` ON `conflicts` (`motion_id`);--> statement-breakpoint
CREATE TABLE `consultation_questions` (
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`number` integer NOT NULL,
	`fraction` text NOT NULL,
	`line` integer NOT NULL,
	PRIMARY KEY(`document_id`, `position`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `debates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`title` text,
	`date` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `debates_document_unique` ON `debates` (`document_id`);--> statement-breakpoint
CREATE INDEX `debates_date_idx` ON `debates` (`date`);--> statement-breakpoint
CREATE TABLE `document_signatories` (
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`person_id` integer,
	`name` text NOT NULL,
	`as_written` text NOT NULL,
	`role` text NOT NULL,
	`ministry` text,
	`line` integer NOT NULL,
	PRIMARY KEY(`document_id`, `position`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_signatories_person_idx` ON `document_signatories` (`person_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`title` text,
	`date` text,
	`imported_at` text NOT NULL,
	`body` text NOT NULL,
	`line_count` integer NOT NULL,
	`supersedes_id` integer,
	`current` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`supersedes_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "documents_kind_check" CHECK("documents"."kind" in ('debate', 'letter', 'answers', 'consultation'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_file_name_idx` ON `documents` (`file_name`);--> statement-breakpoint
CREATE INDEX `documents_kind_date_idx` ON `documents` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `fractions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text NOT NULL,
	`colour` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fractions_name_unique` ON `fractions` (`name`);--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` text NOT NULL,
	`document_id` integer,
	`file_name` text NOT NULL,
	`outcome` text NOT NULL,
	`motions_added` integer NOT NULL,
	`motions_updated` integer NOT NULL,
	`motions_unchanged` integer NOT NULL,
	`appraisals` integer NOT NULL,
	`references` integer NOT NULL,
	`conflicts` integer NOT NULL,
	`warnings` text NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `kamerstuk_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kamerstuk` text NOT NULL,
	`as_written` text NOT NULL,
	`line` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kamerstuk_references_document_idx` ON `kamerstuk_references` (`document_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`fraction_id` integer NOT NULL,
	`from` text,
	`to` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fraction_id`) REFERENCES `fractions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_unique` ON `memberships` (`person_id`,`fraction_id`,`from`);--> statement-breakpoint
CREATE INDEX `memberships_fraction_idx` ON `memberships` (`fraction_id`);--> statement-breakpoint
CREATE TABLE `motion_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`motion_id` text,
	`as_written` text NOT NULL,
	`line` integer NOT NULL,
	`sentence` text NOT NULL,
	`signers` text NOT NULL,
	`via` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "motion_references_via_check" CHECK("motion_references"."via" in ('id', 'footnote', 'unresolved'))
);
--> statement-breakpoint
CREATE INDEX `motion_references_motion_idx` ON `motion_references` (`motion_id`);--> statement-breakpoint
CREATE INDEX `motion_references_document_idx` ON `motion_references` (`document_id`);--> statement-breakpoint
CREATE TABLE `motion_signers` (
	`motion_id` text NOT NULL,
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`person_id` integer NOT NULL,
	`fraction_id` integer,
	`name_as_written` text NOT NULL,
	PRIMARY KEY(`motion_id`, `document_id`, `position`),
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fraction_id`) REFERENCES `fractions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "motion_signers_position_check" CHECK("motion_signers"."position" >= 0)
);
--> statement-breakpoint
CREATE INDEX `motion_signers_person_idx` ON `motion_signers` (`person_id`);--> statement-breakpoint
CREATE INDEX `motion_signers_fraction_idx` ON `motion_signers` (`position`,`fraction_id`,`motion_id`);--> statement-breakpoint
CREATE TABLE `motions` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier` text NOT NULL,
	`number` integer NOT NULL,
	`subject` text,
	`text` text,
	`parts` text,
	`debate_id` integer,
	`document_id` integer,
	`date` text,
	`line_from` integer,
	`line_to` integer,
	`reader_id` integer,
	`status` text NOT NULL,
	`replaces` integer,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reader_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "motions_status_check" CHECK("motions"."status" in ('tabled', 'cited')),
	CONSTRAINT "motions_id_check" CHECK("motions"."id" = "motions"."dossier" || '-' || "motions"."number")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `motions_dossier_number_unique` ON `motions` (`dossier`,`number`);--> statement-breakpoint
CREATE INDEX `motions_debate_idx` ON `motions` (`debate_id`);--> statement-breakpoint
CREATE INDEX `motions_date_idx` ON `motions` (`date`);--> statement-breakpoint
CREATE INDEX `motions_status_idx` ON `motions` (`status`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`full_name` text,
	`kamer_person_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_key_unique` ON `people` (`key`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);