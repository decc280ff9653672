/**
 * The database work of a backup runs on a worker thread with its own connection, so the host
 * keeps answering while it runs (a 1 GB database takes seconds to copy or check, and SQLite
 * calls are synchronous):
 *
 * - `snapshotDatabase`: VACUUM INTO a new file, one read transaction, so a consistent copy even
 *   while users write (WAL); the copy is encrypted with the same key. Then the copy's facts.
 * - `checkDatabase`: opens a file with a key, runs SQLite's check (every page is read, so
 *   the cipher's page tag refuses any altered byte) and reads its facts.
 *
 * Facts: rows per table (the FTS index and its shadow tables aside), the last migration applied
 * (drizzle's `created_at`), the local device and the unit's name.
 *
 * The worker is given as source text (eval), not a file: the same code runs from the bundle, from
 * tsx and under vitest without a build step of its own. It loads the app's own better-sqlite3
 * (its path resolved here) and opens the file with the pragmas of db/open-database.ts (today's format or an earlier release's).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmaSets } from '../../../db/open-database';

export interface DatabaseFacts {
  counts: Record<string, number>;
  /** `created_at` of the last migration applied (drizzle's folderMillis), 0 when none. */
  schemaMillis: number;
  deviceId: string;
  deviceLabel: string;
  unitName?: string;
}

export interface CheckedDatabase extends DatabaseFacts {
  /** SQLite's answer: 'ok', or the problems it found. */
  check: string;
}

const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);

// Each list of pragmas is one encryption format to try, today's first (db/open-database.ts keyPragmaSets).
function open(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const [i, pragmas] of workerData.pragmaSets.entries()) {
      for (const pragma of pragmas) db.pragma(pragma);
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        return db;
      } catch (error) {
        if (error.code !== 'SQLITE_NOTADB' || i === workerData.pragmaSets.length - 1) throw error;
      }
    }
  } catch (error) {
    db.close();
    throw error;
  }
}

function facts(db) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT GLOB '*_fts_*' ORDER BY name")
    .pluck()
    .all();
  const counts = {};
  for (const name of tables) counts[name] = db.prepare('SELECT count(*) FROM "' + name.replace(/"/g, '""') + '"').pluck().get();
  const has = (name) => tables.includes(name);
  const schemaMillis = has('__drizzle_migrations') ? Number(db.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() || 0) : 0;
  const device = has('devices') ? db.prepare('SELECT id, label FROM devices WHERE is_local = 1').get() : undefined;
  let unitName;
  if (has('app_meta') && has('agencies')) {
    unitName = db.prepare("SELECT a.name FROM app_meta m JOIN agencies a ON a.id = m.value WHERE m.key = 'settings.unitAgencyId'").pluck().get() || undefined;
  }
  return { counts, schemaMillis, deviceId: device ? device.id : '', deviceLabel: device ? device.label : '', unitName };
}

try {
  if (workerData.task === 'snapshot') {
    const source = open(workerData.path);
    try {
      source.prepare('VACUUM INTO ?').run(workerData.target);
    } finally {
      source.close();
    }
    const copy = open(workerData.target);
    try {
      parentPort.postMessage({ ok: true, result: facts(copy) });
    } finally {
      copy.close();
    }
  } else {
    const db = open(workerData.path);
    try {
      const rows = db.pragma(workerData.thorough ? 'integrity_check' : 'quick_check', { simple: false });
      const check = rows.map((r) => Object.values(r)[0]).join('; ');
      parentPort.postMessage({ ok: true, result: { ...facts(db), check } });
    } finally {
      db.close();
    }
  }
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error), code: error && error.code });
}
`;

/** The app's own better-sqlite3, wherever it is installed (node_modules beside the bundle or the sources). */
const driverPath = (): string => createRequire(__filename).resolve('better-sqlite3');

/** A worker's failure: SQLite's message (never data: the worker reads only counts and names). */
export class DatabaseWorkerError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DatabaseWorkerError';
  }
}

function runWorker<T>(data: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), ...data } });
    let settled = false;
    worker.once('message', (message: { ok: true; result: T } | { ok: false; message: string; code?: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new DatabaseWorkerError(message.message, message.code));
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new DatabaseWorkerError(`the database worker ended (code ${code}) without an answer`));
    });
  });
}

/** A consistent encrypted copy of the database at `path`, written to `target` (which must not exist). */
export function snapshotDatabase(path: string, target: string, key: Buffer): Promise<DatabaseFacts> {
  return runWorker({ task: 'snapshot', path, target, pragmaSets: keyPragmaSets(key) });
}

/** SQLite's check of an encrypted file and its facts; `thorough` runs integrity_check (indexes too), else quick_check. */
export function checkDatabase(path: string, key: Buffer, thorough = false): Promise<CheckedDatabase> {
  return runWorker({ task: 'check', path, pragmaSets: keyPragmaSets(key), thorough });
}
