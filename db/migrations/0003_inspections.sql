CREATE TABLE `catalogue_versions` (
	`version` text PRIMARY KEY NOT NULL,
	`effective_date` text NOT NULL,
	`title` text NOT NULL,
	`data` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `checklist_results` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`result` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_results_item_idx` ON `checklist_results` (`inspection_id`,`item_code`);--> statement-breakpoint
CREATE TABLE `commitment_items` (
	`id` text PRIMARY KEY NOT NULL,
	`commitment_id` text NOT NULL,
	`content` text NOT NULL,
	`deadline` text NOT NULL,
	`status` text NOT NULL,
	`status_date` text,
	`note` text,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_items_commitment_idx` ON `commitment_items` (`commitment_id`);--> statement-breakpoint
CREATE INDEX `commitment_items_deadline_idx` ON `commitment_items` (`status`,`deadline`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`signer_name` text NOT NULL,
	`signer_position` text,
	`signed_date` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitments_inspection_idx` ON `commitments` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `dismissed_suggestions` (
	`inspection_id` text NOT NULL,
	`minor_id` text NOT NULL,
	`type_code` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	PRIMARY KEY(`inspection_id`, `minor_id`, `type_code`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`minor_id`) REFERENCES `minors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspection_amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`reason` text NOT NULL,
	`opened_at` text NOT NULL,
	`opened_by` text NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_amendments_inspection_idx` ON `inspection_amendments` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text,
	`plan_target_id` text,
	`establishment_id` text NOT NULL,
	`catalogue_version` text NOT NULL,
	`number` text,
	`inspection_date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text,
	`team_present` text NOT NULL,
	`representatives` text NOT NULL,
	`other_participants` text NOT NULL,
	`documents_reviewed` text NOT NULL,
	`requests` text,
	`employer_statement` text,
	`refused_to_sign` integer DEFAULT false NOT NULL,
	`refusal_reason` text,
	`copies` integer DEFAULT 2 NOT NULL,
	`status` text NOT NULL,
	`finalised_at` text,
	`finalised_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_target_id`) REFERENCES `plan_targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`establishment_id`) REFERENCES `establishments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`catalogue_version`) REFERENCES `catalogue_versions`(`version`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_establishment_idx` ON `inspections` (`establishment_id`,`inspection_date`);--> statement-breakpoint
CREATE INDEX `inspections_date_idx` ON `inspections` (`inspection_date`);--> statement-breakpoint
CREATE INDEX `inspections_plan_idx` ON `inspections` (`plan_id`);--> statement-breakpoint
CREATE TABLE `minors` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`full_name` text NOT NULL,
	`sex` text NOT NULL,
	`date_of_birth` text,
	`estimated_age` integer,
	`age_at_inspection` integer NOT NULL,
	`age_band` text NOT NULL,
	`ethnicity` text,
	`home_address` text,
	`job` text,
	`hours_per_day` real,
	`hours_per_week` real,
	`night_work` integer,
	`overtime` integer,
	`schooling` text,
	`written_contract` integer,
	`guardian_consent` integer,
	`health_certificate` integer,
	`in_register` integer,
	`job_in_light_work_list` integer,
	`hazardous_job` integer,
	`hazardous_workplace` integer,
	`art_sport_work` integer,
	`provincial_consent` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `minors_inspection_idx` ON `minors` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `violation_minors` (
	`violation_id` text NOT NULL,
	`minor_id` text NOT NULL,
	PRIMARY KEY(`violation_id`, `minor_id`),
	FOREIGN KEY (`violation_id`) REFERENCES `violations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`minor_id`) REFERENCES `minors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_minors_minor_idx` ON `violation_minors` (`minor_id`);--> statement-breakpoint
CREATE TABLE `violations` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`type_code` text NOT NULL,
	`facts` text,
	`fine_min` integer NOT NULL,
	`fine_max` integer NOT NULL,
	`proposed_fine` integer NOT NULL,
	`fined_as_organisation` integer NOT NULL,
	`remedial_request` text,
	`record_made` integer DEFAULT false NOT NULL,
	`recorded_by_official_id` text,
	`origin` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violations_inspection_idx` ON `violations` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `violations_type_idx` ON `violations` (`type_code`);