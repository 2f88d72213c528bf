-- Every write to the data moves data_version by one, whichever process or code path wrote it: what
-- is computed from the data (the aggregates of the dashboard, the pages' ETags) is kept until then.
-- A custom migration (drizzle-kit generate --custom): drizzle's schema has no triggers.
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `documents_insert_data_version` AFTER INSERT ON `documents` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_update_data_version` AFTER UPDATE ON `documents` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_delete_data_version` AFTER DELETE ON `documents` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `debates_insert_data_version` AFTER INSERT ON `debates` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `debates_update_data_version` AFTER UPDATE ON `debates` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `debates_delete_data_version` AFTER DELETE ON `debates` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `fractions_insert_data_version` AFTER INSERT ON `fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `fractions_update_data_version` AFTER UPDATE ON `fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `fractions_delete_data_version` AFTER DELETE ON `fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_insert_data_version` AFTER INSERT ON `people` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_update_data_version` AFTER UPDATE ON `people` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_delete_data_version` AFTER DELETE ON `people` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_insert_data_version` AFTER INSERT ON `memberships` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_update_data_version` AFTER UPDATE ON `memberships` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_delete_data_version` AFTER DELETE ON `memberships` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cabinet_posts_insert_data_version` AFTER INSERT ON `cabinet_posts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cabinet_posts_update_data_version` AFTER UPDATE ON `cabinet_posts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cabinet_posts_delete_data_version` AFTER DELETE ON `cabinet_posts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motions_insert_data_version` AFTER INSERT ON `motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motions_update_data_version` AFTER UPDATE ON `motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motions_delete_data_version` AFTER DELETE ON `motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_insert_data_version` AFTER INSERT ON `motion_texts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_update_data_version` AFTER UPDATE ON `motion_texts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_texts_delete_data_version` AFTER DELETE ON `motion_texts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_signers_insert_data_version` AFTER INSERT ON `motion_signers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_signers_update_data_version` AFTER UPDATE ON `motion_signers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_signers_delete_data_version` AFTER DELETE ON `motion_signers` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_insert_data_version` AFTER INSERT ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_update_data_version` AFTER UPDATE ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `appraisals_delete_data_version` AFTER DELETE ON `appraisals` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_references_insert_data_version` AFTER INSERT ON `motion_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_references_update_data_version` AFTER UPDATE ON `motion_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_references_delete_data_version` AFTER DELETE ON `motion_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `kamerstuk_references_insert_data_version` AFTER INSERT ON `kamerstuk_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `kamerstuk_references_update_data_version` AFTER UPDATE ON `kamerstuk_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `kamerstuk_references_delete_data_version` AFTER DELETE ON `kamerstuk_references` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `document_signatories_insert_data_version` AFTER INSERT ON `document_signatories` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `document_signatories_update_data_version` AFTER UPDATE ON `document_signatories` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `document_signatories_delete_data_version` AFTER DELETE ON `document_signatories` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_questions_insert_data_version` AFTER INSERT ON `consultation_questions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_questions_update_data_version` AFTER UPDATE ON `consultation_questions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_questions_delete_data_version` AFTER DELETE ON `consultation_questions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_insert_data_version` AFTER INSERT ON `conflicts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_update_data_version` AFTER UPDATE ON `conflicts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_delete_data_version` AFTER DELETE ON `conflicts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_runs_insert_data_version` AFTER INSERT ON `import_runs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_runs_update_data_version` AFTER UPDATE ON `import_runs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_runs_delete_data_version` AFTER DELETE ON `import_runs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `registry_motions_insert_data_version` AFTER INSERT ON `registry_motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `registry_motions_update_data_version` AFTER UPDATE ON `registry_motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `registry_motions_delete_data_version` AFTER DELETE ON `registry_motions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_aliases_insert_data_version` AFTER INSERT ON `motion_aliases` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_aliases_update_data_version` AFTER UPDATE ON `motion_aliases` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `motion_aliases_delete_data_version` AFTER DELETE ON `motion_aliases` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
