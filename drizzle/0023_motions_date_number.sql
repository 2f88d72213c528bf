DROP INDEX `motions_date_idx`;--> statement-breakpoint
CREATE INDEX `motions_date_number_idx` ON `motions` (`date`,`number`);