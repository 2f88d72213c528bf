DROP INDEX `debates_document_unique`;--> statement-breakpoint
ALTER TABLE `debates` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `debates_document_position_unique` ON `debates` (`document_id`,`position`);