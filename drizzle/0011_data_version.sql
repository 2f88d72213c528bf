CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "data_version_one_row" CHECK("data_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `query_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`value` text NOT NULL
);
