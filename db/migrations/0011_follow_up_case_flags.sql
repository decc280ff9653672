ALTER TABLE `follow_up_cases` ADD `trafficking_suspected` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_cases` ADD `minor_removed_at` text;