-- Row metadata for team sync. The data is carried over (JSON lists into child tables, stable ids,
-- HLC stamps) by db/data-steps/0006-row-metadata.ts in the same transaction (db/migrate.ts).
CREATE TABLE `changes` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`device_id` text NOT NULL,
	`user_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`op` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_hlc_idx` ON `changes` (`hlc`);--> statement-breakpoint
CREATE INDEX `changes_row_idx` ON `changes` (`table_name`,`row_id`,`field`,`hlc`);--> statement-breakpoint
CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`is_local` integer DEFAULT false NOT NULL,
	`public_key` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inspection_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`name` text NOT NULL,
	`position` text,
	`organisation` text,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_participants_inspection_idx` ON `inspection_participants` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `inspection_representatives` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`name` text NOT NULL,
	`position` text,
	`id_number` text,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_representatives_inspection_idx` ON `inspection_representatives` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `inspection_team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`official_id` text NOT NULL,
	`role` text NOT NULL,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_team_members_key_idx` ON `inspection_team_members` (`inspection_id`,`official_id`);--> statement-breakpoint
CREATE TABLE `plan_communes` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`commune_code` text NOT NULL,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_code`) REFERENCES `communes`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_communes_key_idx` ON `plan_communes` (`plan_id`,`commune_code`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_dismissed_suggestions` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`minor_id` text NOT NULL,
	`type_code` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`minor_id`) REFERENCES `minors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_dismissed_suggestions`("id", "inspection_id", "minor_id", "type_code", "at", "actor", "created_at", "updated_at", "deleted_at", "updated_by", "version", "device_id") SELECT lower(hex(randomblob(16))), "inspection_id", "minor_id", "type_code", "at", "actor", "at", "at", NULL, "actor", 1, NULL FROM `dismissed_suggestions`;--> statement-breakpoint
DROP TABLE `dismissed_suggestions`;--> statement-breakpoint
ALTER TABLE `__new_dismissed_suggestions` RENAME TO `dismissed_suggestions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `dismissed_suggestions_key_idx` ON `dismissed_suggestions` (`inspection_id`,`minor_id`,`type_code`);--> statement-breakpoint
CREATE TABLE `__new_violation_minors` (
	`id` text PRIMARY KEY NOT NULL,
	`violation_id` text NOT NULL,
	`minor_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`minor_id`) REFERENCES `minors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_violation_minors`("id", "violation_id", "minor_id", "created_at", "updated_at", "deleted_at", "updated_by", "version", "device_id") SELECT lower(hex(randomblob(16))), vm."violation_id", vm."minor_id", v."created_at", v."updated_at", NULL, v."updated_by", 1, NULL FROM `violation_minors` vm JOIN `violations` v ON v."id" = vm."violation_id";--> statement-breakpoint
DROP TABLE `violation_minors`;--> statement-breakpoint
ALTER TABLE `__new_violation_minors` RENAME TO `violation_minors`;--> statement-breakpoint
CREATE UNIQUE INDEX `violation_minors_pair_idx` ON `violation_minors` (`violation_id`,`minor_id`);--> statement-breakpoint
CREATE INDEX `violation_minors_minor_idx` ON `violation_minors` (`minor_id`);--> statement-breakpoint
ALTER TABLE `agencies` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `agencies` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `checklist_results` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `checklist_results` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `commitment_items` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `commitment_items` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `commitments` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `updated_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `establishments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `establishments` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `created_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `updated_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `inspection_amendments` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `inspections` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `minors` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `minors` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `officials` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `officials` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `plan_members` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_members` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `created_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `updated_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_status_log` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `plan_targets` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_targets` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `violations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `violations` ADD `device_id` text;