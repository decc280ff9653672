import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the pinned Node 24 with better-sqlite3 13 and FTS5', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t VALUES (?)').run('làng nghề');
    expect(db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH 'lang'").get()).toEqual({ n: 1 });
    db.close();
  });
});
