CREATE INDEX `follow_up_cases_inspection_idx` ON `follow_up_cases` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `minors_hazardous_idx` ON `minors` (`inspection_id`) WHERE deleted_at IS NULL AND (hazardous_job = 1 OR hazardous_workplace = 1);--> statement-breakpoint
CREATE INDEX `violations_record_idx` ON `violations` (`inspection_id`) WHERE deleted_at IS NULL AND record_made = 1;