CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`source_kind` text NOT NULL,
	`source_id` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_source_idx` ON `documents` (`source_kind`,`source_id`);--> statement-breakpoint
CREATE TABLE `plan_members` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`official_id` text NOT NULL,
	`role` text NOT NULL,
	`sub_team` text,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_members_plan_idx` ON `plan_members` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plan_members_official_idx` ON `plan_members` (`official_id`);--> statement-breakpoint
CREATE TABLE `plan_status_log` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`note` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_status_log_plan_idx` ON `plan_status_log` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`establishment_id` text NOT NULL,
	`visit_date` text,
	`time_slot` text NOT NULL,
	`sub_team` text,
	`priority_score` integer,
	`priority_reasons` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`establishment_id`) REFERENCES `establishments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_targets_plan_idx` ON `plan_targets` (`plan_id`,`visit_date`);--> statement-breakpoint
CREATE INDEX `plan_targets_establishment_idx` ON `plan_targets` (`establishment_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`issuing_agency_id` text,
	`legal_bases` text NOT NULL,
	`purpose` text,
	`content` text,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`province_code` text,
	`commune_codes` text NOT NULL,
	`place` text,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`issuing_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plans_status_idx` ON `plans` (`status`,`period_start`);