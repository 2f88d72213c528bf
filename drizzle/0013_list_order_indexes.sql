DROP INDEX `motions_current_date_idx`;--> statement-breakpoint
CREATE INDEX `motions_current_order_idx` ON `motions` (`replaced_by`,`date`,`dossier`,`number`);--> statement-breakpoint
CREATE INDEX `motions_current_id_idx` ON `motions` (`replaced_by`,`dossier`,`number`);