CREATE TABLE `motion_texts` (
	`id` integer PRIMARY KEY NOT NULL,
	`motion_id` text NOT NULL,
	`text` text,
	`parts` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `motion_texts_motion_id_unique` ON `motion_texts` (`motion_id`);--> statement-breakpoint
CREATE INDEX `appraisals_final_minister_name_idx` ON `appraisals` (`final`,`minister_name`,`verdict`);--> statement-breakpoint
CREATE INDEX `motions_document_idx` ON `motions` (`document_id`);