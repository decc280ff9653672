DROP INDEX `minors_inspection_idx`;--> statement-breakpoint
CREATE INDEX `minors_report_idx` ON `minors` (`inspection_id`,`deleted_at`,`age_band`,`sex`,`age_at_inspection`);--> statement-breakpoint
DROP INDEX `violations_inspection_idx`;--> statement-breakpoint
CREATE INDEX `violations_report_idx` ON `violations` (`inspection_id`,`deleted_at`,`type_code`,`proposed_fine`);