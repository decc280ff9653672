ALTER TABLE `audit_log` ADD `user_id` text;--> statement-breakpoint
CREATE INDEX `audit_action_at_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
ALTER TABLE `minors` ADD `birth_year` integer;--> statement-breakpoint
ALTER TABLE `minors` ADD `identity_purged_at` text;