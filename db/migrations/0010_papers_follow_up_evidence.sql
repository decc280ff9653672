CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_table` text NOT NULL,
	`owner_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`file_name` text NOT NULL,
	`caption` text,
	`taken_at` text,
	`width` integer,
	`height` integer,
	`in_minutes_annex` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text
);
--> statement-breakpoint
CREATE INDEX `attachments_owner_idx` ON `attachments` (`owner_table`,`owner_id`);--> statement-breakpoint
CREATE INDEX `attachments_hash_idx` ON `attachments` (`content_hash`);--> statement-breakpoint
CREATE TABLE `case_referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`target` text NOT NULL,
	`agency_name` text NOT NULL,
	`referred_on` text NOT NULL,
	`method` text NOT NULL,
	`contact` text,
	`outcome` text,
	`outcome_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `follow_up_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_referrals_case_idx` ON `case_referrals` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_supports` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`provided_by` text NOT NULL,
	`provided_on` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `follow_up_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_supports_case_idx` ON `case_supports` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_visits` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`visited_on` text NOT NULL,
	`visited_by` text NOT NULL,
	`situation` text NOT NULL,
	`work_place` text,
	`work_description` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `follow_up_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_visits_case_idx` ON `case_visits` (`case_id`);--> statement-breakpoint
CREATE TABLE `commitment_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`reinspection_id` text NOT NULL,
	`commitment_item_id` text NOT NULL,
	`kept` integer NOT NULL,
	`evidence` text,
	`next_step` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`reinspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commitment_item_id`) REFERENCES `commitment_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_checks_item_idx` ON `commitment_checks` (`commitment_item_id`);--> statement-breakpoint
CREATE TABLE `follow_up_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`minor_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`risk_level` text NOT NULL,
	`risk_reasons` text NOT NULL,
	`opened_at` text NOT NULL,
	`emergency_deadline` text,
	`status` text NOT NULL,
	`closed_on` text,
	`closure_reason` text,
	`closure_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`minor_id`) REFERENCES `minors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_cases_minor_idx` ON `follow_up_cases` (`minor_id`);--> statement-breakpoint
CREATE INDEX `follow_up_cases_status_idx` ON `follow_up_cases` (`status`,`risk_level`);--> statement-breakpoint
CREATE TABLE `report_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`scope_key` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`period_label` text,
	`results` text,
	`advantages` text,
	`difficulties` text,
	`causes` text,
	`solutions` text,
	`recommendations` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_assessments_scope_idx` ON `report_assessments` (`scope_key`);--> statement-breakpoint
CREATE TABLE `sanction_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`number` text NOT NULL,
	`decided_on` text NOT NULL,
	`issued_by` text,
	`amount` integer NOT NULL,
	`paid` integer DEFAULT false NOT NULL,
	`paid_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`device_id` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sanction_decisions_inspection_idx` ON `sanction_decisions` (`inspection_id`);--> statement-breakpoint
ALTER TABLE `inspection_participants` ADD `sex` text;--> statement-breakpoint
ALTER TABLE `inspection_representatives` ADD `sex` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `frozen_kind` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `frozen_sector` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `frozen_province_code` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `frozen_commune_code` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `refusal_witness_name` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `follows_inspection_id` text REFERENCES inspections(id);--> statement-breakpoint
ALTER TABLE `inspections` ADD `refusal_witness_position` text;--> statement-breakpoint
ALTER TABLE `officials` ADD `sex` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `issue_date` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_number` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_date` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `team_decision_number` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `team_decision_date` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_signer_name` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_signer_position` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_signer_authority` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `competence_basis` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `proposed_by` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `budget` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `reporting_regime` text;