import { generateKeyPairSync } from 'node:crypto';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { newId } from './ids';

/** A new Ed25519 key pair as PEM (the device signs its team packages with it: exchange.md §1). */
export function newDeviceKeys(): { publicKey: string; privateKey: string } {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** This installation's device id, created at first start with its key pair (exchange.md §1). */
export function ensureLocalDevice(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT id FROM devices WHERE is_local = 1').get() as { id: string } | undefined;
  if (row) return row.id;
  const id = newId();
  const hasKeys = Boolean(sqlite.prepare("SELECT 1 FROM pragma_table_info('devices') WHERE name = 'private_key'").get());
  if (hasKeys) {
    const keys = newDeviceKeys();
    sqlite
      .prepare('INSERT INTO devices (id, label, is_local, public_key, private_key, created_at) VALUES (?, ?, 1, ?, ?, ?)')
      .run(id, hostname().slice(0, 100) || 'máy này', keys.publicKey, keys.privateKey, new Date().toISOString());
  } else {
    sqlite.prepare('INSERT INTO devices (id, label, is_local, created_at) VALUES (?, ?, 1, ?)').run(id, hostname().slice(0, 100) || 'máy này', new Date().toISOString());
  }
  return id;
}
