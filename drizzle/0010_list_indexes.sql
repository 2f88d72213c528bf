CREATE INDEX `appraisals_document_idx` ON `appraisals` (`document_id`);--> statement-breakpoint
CREATE INDEX `motion_signers_any_fraction_idx` ON `motion_signers` (`fraction_id`,`motion_id`);--> statement-breakpoint
CREATE INDEX `motions_current_date_idx` ON `motions` (`replaced_by`,`date`);