CREATE TABLE `motion_aliases` (
	`motion_id` text NOT NULL,
	`document_id` integer NOT NULL,
	`written_id` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`document_id`, `written_id`),
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `motion_aliases_motion_idx` ON `motion_aliases` (`motion_id`);--> statement-breakpoint
CREATE TABLE `registry_motions` (
	`zaak_id` text PRIMARY KEY NOT NULL,
	`zaak_number` text NOT NULL,
	`motion_id` text NOT NULL,
	`document_number` text,
	`publication` text,
	`document_kind` text,
	`subject` text NOT NULL,
	`dossier_title` text,
	`started_on` text,
	`appraisal_label` text,
	`verdict` text,
	`no_verdict` text,
	`done` integer DEFAULT false NOT NULL,
	`replaces_id` text,
	`changed_at` text,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registry_motions_verdict_check" CHECK("registry_motions"."verdict" is null or "registry_motions"."verdict" in ('oordeel_kamer', 'ontraden', 'overbodig', 'ontijdig', 'overgenomen', 'ontraden_tenzij_gewijzigd', 'verzocht_aan_te_houden')),
	CONSTRAINT "registry_motions_no_verdict_check" CHECK(("registry_motions"."verdict" is null) <> ("registry_motions"."no_verdict" is null) and ("registry_motions"."no_verdict" is null or "registry_motions"."no_verdict" in ('nog_niet_bekend', 'nog_te_ontvangen', 'niet_beschikbaar', 'geen_appreciatie', 'leeg')))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registry_motions_motion_unique` ON `registry_motions` (`motion_id`);--> statement-breakpoint
CREATE INDEX `registry_motions_verdict_idx` ON `registry_motions` (`verdict`);--> statement-breakpoint
CREATE INDEX `registry_motions_replaces_idx` ON `registry_motions` (`replaces_id`);--> statement-breakpoint
CREATE TABLE `sync_cursors` (
	`entity` text PRIMARY KEY NOT NULL,
	`cursor` text NOT NULL,
	`updated_at` text NOT NULL
);
