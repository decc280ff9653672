import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The database key, wrapped (security.md "Encryption at rest"): a random 256-bit key opens
 * the database; it is stored only wrapped, once per user with a key derived from that user's
 * password (scrypt), and once with the recovery key printed at setup. The file holds no
 * secret in the clear: without a password or the recovery key it is noise.
 */
export const KEY_FILE = 'ldte.keys.json';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

interface Wrap {
  kind: 'user' | 'recovery';
  userId?: string;
  /** Lower-case login, to find the wrap before the database is open. */
  login?: string;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

interface KeyFileContent {
  format: 1;
  wraps: Wrap[];
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function derive(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, 32, SCRYPT);
}

const aad = (w: Pick<Wrap, 'kind' | 'userId'>) => Buffer.from(`ldte-db-key:${w.kind}:${w.userId ?? ''}`);

function wrap(dbKey: Buffer, secret: string, meta: Pick<Wrap, 'kind' | 'userId' | 'login'>): Wrap {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, salt), iv);
  cipher.setAAD(aad(meta));
  const data = Buffer.concat([cipher.update(dbKey), cipher.final()]);
  return { ...meta, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

function unwrap(w: Wrap, secret: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', derive(secret, unb64(w.salt)), unb64(w.iv));
    decipher.setAAD(aad(w));
    decipher.setAuthTag(unb64(w.tag));
    return Buffer.concat([decipher.update(unb64(w.data)), decipher.final()]);
  } catch {
    return null;
  }
}

const path = (dataDir: string) => join(dataDir, KEY_FILE);

export const hasKeyFile = (dataDir: string): boolean => existsSync(path(dataDir));

function read(dataDir: string): KeyFileContent {
  const content = JSON.parse(readFileSync(path(dataDir), 'utf8')) as KeyFileContent;
  if (content.format !== 1 || !Array.isArray(content.wraps)) throw new Error('Tệp khóa dữ liệu không đúng định dạng');
  return content;
}

/** Replaces the file atomically (write aside, then rename), readable by its owner only. */
function write(dataDir: string, content: KeyFileContent): void {
  const aside = `${path(dataDir)}.tmp`;
  writeFileSync(aside, JSON.stringify(content, null, 1), { mode: 0o600 });
  renameSync(aside, path(dataDir));
}

const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as 32 Crockford base-32 characters in groups of four, easy to print and type. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  const chars = bits.match(/.{5}/g)!.map((c) => RECOVERY_ALPHABET[parseInt(c, 2)]!);
  return chars.join('').match(/.{4}/g)!.join('-');
}

/** What a person typed: case, spaces and dashes do not matter; O/I/L read as 0/1/1. */
export function normaliseRecoveryKey(typed: string): string {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

/** A new random database key (256 bits). */
export const newDatabaseKey = (): Buffer => randomBytes(32);

/** First start: the database key, wrapped for the first user and for a new recovery key. */
export function createKeyFile(dataDir: string, user: { userId: string; login: string; password: string }, dbKey = newDatabaseKey()): { dbKey: Buffer; recoveryKey: string } {
  if (hasKeyFile(dataDir)) throw new Error('Tệp khóa dữ liệu đã có');
  const recoveryKey = newRecoveryKey();
  write(dataDir, {
    format: 1,
    wraps: [wrap(dbKey, user.password, { kind: 'user', userId: user.userId, login: user.login.toLowerCase() }), wrap(dbKey, recoveryKey, { kind: 'recovery' })],
  });
  return { dbKey, recoveryKey };
}

/** The database key and whose password opened it, or null for an unknown login or a wrong password. */
export function unlockWithPassword(dataDir: string, login: string, password: string): { dbKey: Buffer; userId: string } | null {
  const w = read(dataDir).wraps.find((x) => x.kind === 'user' && x.login === login.trim().toLowerCase());
  if (!w) {
    // Same work for an unknown login, so timing does not tell which logins exist.
    derive(password, randomBytes(16));
    return null;
  }
  const dbKey = unwrap(w, password);
  return dbKey ? { dbKey, userId: w.userId! } : null;
}

export function unlockWithRecoveryKey(dataDir: string, recoveryKey: string): Buffer | null {
  const w = read(dataDir).wraps.find((x) => x.kind === 'recovery');
  return w ? unwrap(w, normaliseRecoveryKey(recoveryKey)) : null;
}

/** Adds or replaces a user's wrap (new user, new password, changed login). */
export function setUserWrap(dataDir: string, dbKey: Buffer, user: { userId: string; login: string; password: string }): void {
  const content = read(dataDir);
  const others = content.wraps.filter((w) => !(w.kind === 'user' && (w.userId === user.userId || w.login === user.login.toLowerCase())));
  write(dataDir, { ...content, wraps: [...others, wrap(dbKey, user.password, { kind: 'user', userId: user.userId, login: user.login.toLowerCase() })] });
}

export function removeUserWrap(dataDir: string, userId: string): void {
  const content = read(dataDir);
  write(dataDir, { ...content, wraps: content.wraps.filter((w) => !(w.kind === 'user' && w.userId === userId)) });
}
