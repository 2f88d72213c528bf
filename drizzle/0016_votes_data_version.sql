-- The vote tables move data_version like every other table the pages read (see 0012), so the
-- cached aggregates and the pages' ETags follow a new vote.
CREATE TRIGGER `votes_insert_data_version` AFTER INSERT ON `votes` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `votes_update_data_version` AFTER UPDATE ON `votes` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `votes_delete_data_version` AFTER DELETE ON `votes` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_fractions_insert_data_version` AFTER INSERT ON `vote_fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_fractions_update_data_version` AFTER UPDATE ON `vote_fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_fractions_delete_data_version` AFTER DELETE ON `vote_fractions` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_members_insert_data_version` AFTER INSERT ON `vote_members` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_members_update_data_version` AFTER UPDATE ON `vote_members` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_members_delete_data_version` AFTER DELETE ON `vote_members` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
