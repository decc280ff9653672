CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`a_value` text,
	`a_hlc` text NOT NULL,
	`a_device_id` text NOT NULL,
	`a_user` text NOT NULL,
	`b_value` text,
	`b_hlc` text NOT NULL,
	`b_device_id` text NOT NULL,
	`b_user` text NOT NULL,
	`resolution` text,
	`resolved_at` text,
	`resolved_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text
);
--> statement-breakpoint
CREATE INDEX `conflicts_open_idx` ON `conflicts` (`resolved_at`,`table_name`,`row_id`);--> statement-breakpoint
CREATE TABLE `exchange_log` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`direction` text NOT NULL,
	`device_id` text NOT NULL,
	`at` text NOT NULL,
	`user_name` text NOT NULL,
	`file_name` text,
	`counts` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `team_devices` (
	`team_id` text NOT NULL,
	`device_id` text NOT NULL,
	`public_key` text NOT NULL,
	`label` text NOT NULL,
	`official_name` text NOT NULL,
	`status` text NOT NULL,
	`joined_at` text NOT NULL,
	`known` text,
	`last_exchange_at` text,
	`clock_ahead_ms` integer,
	PRIMARY KEY(`team_id`, `device_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`plan_id` text,
	`team_key` text NOT NULL,
	`leader_device_id` text NOT NULL,
	`created_at` text NOT NULL,
	`left_at` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `devices` ADD `private_key` text;