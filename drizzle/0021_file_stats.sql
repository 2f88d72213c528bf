CREATE TABLE `file_stats` (
	`path` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mtime_ns` text NOT NULL,
	`sha256` text NOT NULL,
	`read_at_ms` integer NOT NULL
);
