ALTER TABLE `motions` DROP COLUMN `text`;--> statement-breakpoint
ALTER TABLE `motions` DROP COLUMN `parts`;