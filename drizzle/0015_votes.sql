CREATE TABLE `vote_fractions` (
	`vote_id` integer NOT NULL,
	`fraction_id` integer NOT NULL,
	`choice` text NOT NULL,
	`seats` integer,
	`mistake` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`vote_id`, `fraction_id`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fraction_id`) REFERENCES `fractions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "vote_fractions_choice_check" CHECK("vote_fractions"."choice" in ('for', 'against', 'absent'))
);
--> statement-breakpoint
CREATE INDEX `vote_fractions_fraction_idx` ON `vote_fractions` (`fraction_id`,`choice`,`vote_id`);--> statement-breakpoint
CREATE TABLE `vote_members` (
	`vote_id` integer NOT NULL,
	`position` integer NOT NULL,
	`person_id` integer,
	`name` text NOT NULL,
	`fraction_id` integer,
	`choice` text NOT NULL,
	PRIMARY KEY(`vote_id`, `position`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fraction_id`) REFERENCES `fractions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "vote_members_choice_check" CHECK("vote_members"."choice" in ('for', 'against', 'absent'))
);
--> statement-breakpoint
CREATE INDEX `vote_members_person_idx` ON `vote_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `votes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`motion_id` text NOT NULL,
	`source` text NOT NULL,
	`besluit_id` text,
	`document_id` integer,
	`line` integer,
	`date` text,
	`kind` text NOT NULL,
	`declared` text NOT NULL,
	`as_written` text NOT NULL,
	`requested_by` text,
	`seats_for` integer,
	`seats_against` integer,
	`complete` integer NOT NULL,
	`warning` text,
	FOREIGN KEY (`motion_id`) REFERENCES `motions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "votes_declared_check" CHECK("votes"."declared" in ('adopted', 'rejected', 'tied', 'held', 'withdrawn')),
	CONSTRAINT "votes_kind_check" CHECK("votes"."kind" in ('hands', 'roll-call', 'unanimous', 'none')),
	CONSTRAINT "votes_source_check" CHECK("votes"."source" in ('registry', 'transcript')),
	CONSTRAINT "votes_source_key_check" CHECK(("votes"."source" = 'registry' and "votes"."besluit_id" is not null) or ("votes"."source" = 'transcript' and "votes"."document_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `votes_besluit_unique` ON `votes` (`besluit_id`);--> statement-breakpoint
CREATE INDEX `votes_motion_idx` ON `votes` (`motion_id`,`date`);--> statement-breakpoint
CREATE INDEX `votes_document_idx` ON `votes` (`document_id`);--> statement-breakpoint
CREATE INDEX `votes_complete_date_idx` ON `votes` (`complete`,`date`);--> statement-breakpoint
ALTER TABLE `motions` ADD `outcome` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
CREATE INDEX `motions_current_outcome_idx` ON `motions` (`replaced_by`,`outcome`,`date`);