ALTER TABLE `inspections` ADD `frozen_craft_village_id` text;--> statement-breakpoint
-- Records already finalised: the craft village their establishment belongs to now (the closest to "then" this data knows).
UPDATE `inspections` SET `frozen_craft_village_id` = (
  SELECT p.`id` FROM `establishments` e JOIN `establishments` p ON p.`id` = e.`parent_id`
  WHERE e.`id` = `inspections`.`establishment_id` AND p.`kind` = 'craft_village'
) WHERE `frozen_kind` IS NOT NULL;
