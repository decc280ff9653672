CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`province_code` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`changes` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `communes` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`province_code` text NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `communes_province_idx` ON `communes` (`province_code`);--> statement-breakpoint
CREATE TABLE `establishments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text NOT NULL,
	`tax_code` text,
	`business_reg_no` text,
	`address` text,
	`province_code` text,
	`commune_code` text,
	`sector` text,
	`trade` text,
	`supply_chain_note` text,
	`legal_rep_name` text,
	`legal_rep_title` text,
	`legal_rep_phone` text,
	`workers_total` integer,
	`workers_under_18` integer,
	`notes` text,
	`parent_id` text,
	`search_rowid` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_code`) REFERENCES `communes`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `establishments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `establishments_search_rowid_unique` ON `establishments` (`search_rowid`);--> statement-breakpoint
CREATE INDEX `establishments_tax_code_idx` ON `establishments` (`tax_code`);--> statement-breakpoint
CREATE INDEX `establishments_commune_name_idx` ON `establishments` (`commune_code`,`name_folded`);--> statement-breakpoint
CREATE INDEX `establishments_province_idx` ON `establishments` (`province_code`,`kind`);--> statement-breakpoint
CREATE INDEX `establishments_parent_idx` ON `establishments` (`parent_id`);--> statement-breakpoint
CREATE TABLE `legacy_provinces` (
	`name` text PRIMARY KEY NOT NULL,
	`current_province_name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `officials` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`position` text,
	`agency_id` text NOT NULL,
	`phone` text,
	`email` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `officials_agency_idx` ON `officials` (`agency_id`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
