ALTER TABLE `documents` ADD `format` text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `interim` integer DEFAULT false NOT NULL;