-- Diacritic-insensitive search over establishments. The service writes folded text
-- (đ → d, which unicode61 does not fold) in the same transaction as the row.
-- `facets` holds filter tokens (state, kind, province, commune, parent) so a filtered
-- search runs entirely inside FTS5; prefix indexes make "as you type" queries cheap.
CREATE VIRTUAL TABLE `establishments_fts` USING fts5(
	`name`,
	`details`,
	`facets`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
