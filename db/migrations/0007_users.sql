CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`official_id` text NOT NULL,
	`login` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`disabled_at` text,
	`last_login_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_official_id_unique` ON `users` (`official_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);--> statement-breakpoint
ALTER TABLE `catalogue_versions` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `catalogue_versions` ADD `file_hash` text;