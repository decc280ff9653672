import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { newId } from './ids';

/** This installation's device id, created at first start (exchange.md §1). */
export function ensureLocalDevice(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT id FROM devices WHERE is_local = 1').get() as { id: string } | undefined;
  if (row) return row.id;
  const id = newId();
  sqlite.prepare('INSERT INTO devices (id, label, is_local, created_at) VALUES (?, ?, 1, ?)').run(id, hostname().slice(0, 100) || 'máy này', new Date().toISOString());
  return id;
}
