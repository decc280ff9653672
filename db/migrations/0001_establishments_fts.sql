-- Diacritic-insensitive search over establishments. The service writes folded text
-- (đ → d, which unicode61 does not fold) in the same transaction as the row.
CREATE VIRTUAL TABLE `establishments_fts` USING fts5(
	`name`,
	`details`,
	tokenize = 'unicode61 remove_diacritics 2'
);
