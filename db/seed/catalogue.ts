import { createHash } from 'node:crypto';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import type { Db } from '../client';

/**
 * JSON with object keys sorted (by UTF-16 code unit, at every depth), no spaces, `undefined`
 * members left out, arrays in their order: two files holding the same catalogue, however they
 * are indented or ordered, give the same text and so the same content hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of the catalogue's canonical JSON (catalogue_versions.content_hash). */
export const catalogueContentHash = (catalogue: unknown): string => sha256Hex(canonicalJson(catalogue));

/**
 * The built-in legal catalogue, with its content hash; a newer one is imported from a file by
 * the admin. Versions stored before hashes existed (migration 0007) get theirs from the data
 * they hold, so a later import of the same version is compared with what is really stored.
 */
export function seedCatalogue(db: Db, now: string): void {
  const text = JSON.stringify(DEFAULT_CATALOGUE);
  db.$client
    .prepare(
      "INSERT INTO catalogue_versions (version, effective_date, title, data, imported_at, imported_by, content_hash, file_hash) VALUES (?, ?, ?, ?, ?, 'seed', ?, ?) ON CONFLICT(version) DO NOTHING",
    )
    .run(DEFAULT_CATALOGUE.version, DEFAULT_CATALOGUE.effectiveDate, DEFAULT_CATALOGUE.title, text, now, catalogueContentHash(DEFAULT_CATALOGUE), sha256Hex(text));
  const unhashed = db.$client.prepare('SELECT version, data FROM catalogue_versions WHERE content_hash IS NULL').all() as { version: string; data: string }[];
  // The seed's "file" is the stored text itself; an imported file's bytes are gone, its hash stays unknown.
  const store = db.$client.prepare("UPDATE catalogue_versions SET content_hash = ?, file_hash = CASE WHEN imported_by = 'seed' THEN coalesce(file_hash, ?) ELSE file_hash END WHERE version = ?");
  for (const row of unhashed) store.run(catalogueContentHash(JSON.parse(row.data)), sha256Hex(row.data), row.version);
}
