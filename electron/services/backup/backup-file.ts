/**
 * The backup file (`.ldtb`), format 1: one file holding the encrypted database snapshot, the key
 * file (wrapped keys only) and every stored file (already encrypted), with a manifest.
 *
 *     header (16 bytes):  "LDTEBKUP" | format u16 BE | 6 zero bytes
 *     payload:            the entries' bytes one after the other, in the manifest's order
 *     manifest:           JSON (UTF-8): app and schema version, date, device, counts per table,
 *                         the entries (path, size, SHA-256) and the payload's size and SHA-256
 *     footer (48 bytes):  manifest length u32 BE | 4 zero bytes | SHA-256 of the manifest | "LDTEEND1"
 *
 * Every byte is checked before anything is restored: the header and footer exactly, the manifest
 * by its hash, the payload by its hash and each entry by its own, all read as a stream (a backup
 * with hundreds of megabytes of attachments is never held in memory). A cut file has no footer; a
 * flipped byte changes a hash. The manifest is at the end because the payload's hash is known only
 * once it is written; a reader finds it from the footer.
 *
 * Nothing in the file is readable without a password or the recovery key: the database is
 * encrypted pages (AEGIS-256), stored files are sealed (file-store.ts), the key file holds wrapped keys. The
 * manifest holds no personal data (counts, versions, the laptop's and the unit's names).
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, rename, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { BACKUP_KINDS } from '../../../shared/schemas/backup';
import { CommandError } from '../../../shared/errors';

export const BACKUP_EXTENSION = '.ldtb';
export const BACKUP_FORMAT = 1;
const MAGIC = Buffer.from('LDTEBKUP', 'latin1');
const END = Buffer.from('LDTEEND1', 'latin1');
const HEADER_SIZE = 16;
const FOOTER_SIZE = 48;
const MAX_MANIFEST = 64 * 1024 * 1024;
/** Bytes read or written at a time. */
export const CHUNK = 1024 * 1024;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Manifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  app: z.literal('ldte-inspection'),
  appVersion: z.string().max(50),
  /** The last migration of the app that made it (its tag) and drizzle's millis for it. */
  schemaVersion: z.string().max(200),
  schemaMillis: z.number().int().nonnegative(),
  createdAt: z.string().max(40),
  kind: z.enum(BACKUP_KINDS),
  device: z.object({ id: z.string().max(100), label: z.string().max(200) }),
  unitName: z.string().max(500).optional(),
  /** Tells the database key apart without revealing it (HMAC of a constant under the key). */
  keyId: z.string().max(64),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  entries: z.array(z.object({ path: z.string().min(1).max(1000), size: z.number().int().nonnegative(), sha256: Sha256 })),
  payload: z.object({ size: z.number().int().nonnegative(), sha256: Sha256 }),
});
export type Manifest = z.infer<typeof Manifest>;
export type ManifestEntry = Manifest['entries'][number];

export const MESSAGES = {
  notBackup: 'Tệp này không phải bản sao lưu của ứng dụng',
  damaged: 'Bản sao lưu bị hỏng hoặc không đầy đủ (có thể do chép dở hoặc ổ đĩa lỗi); không dùng được tệp này',
  newerFormat: 'Bản sao lưu được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng rồi mở lại',
  notFound: 'Không tìm thấy tệp sao lưu',
} as const;

const damaged = (detail?: string): CommandError => new CommandError('CONFLICT', detail ? `${MESSAGES.damaged} (${detail})` : MESSAGES.damaged);

/** Thrown by a stream when its job was cancelled between two chunks. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Called between chunks with the bytes just done; throws Cancelled to stop. */
export type Tick = (bytes: number) => Promise<void>;

// ---- writing ---------------------------------------------------------------------------------

/**
 * Writes a backup as `<path>.part`, entry after entry, hashing as it goes; `finish` writes the
 * manifest and footer, flushes to the disk and gives the file its name. `abort` deletes the part.
 */
export class BackupWriter {
  private readonly payloadHash = createHash('sha256');
  private payloadSize = 0;
  private readonly entries: ManifestEntry[] = [];
  private position = HEADER_SIZE;

  private constructor(
    readonly path: string,
    private readonly partPath: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(path: string): Promise<BackupWriter> {
    mkdirSync(dirname(path), { recursive: true });
    const partPath = `${path}.part`;
    const handle = await open(partPath, 'w', 0o600);
    const header = Buffer.alloc(HEADER_SIZE);
    MAGIC.copy(header, 0);
    header.writeUInt16BE(BACKUP_FORMAT, 8);
    await handle.write(header, 0, HEADER_SIZE, 0);
    return new BackupWriter(path, partPath, handle);
  }

  private async write(bytes: Buffer, hash: Hash): Promise<void> {
    hash.update(bytes);
    this.payloadHash.update(bytes);
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, this.position);
      done += bytesWritten;
      this.position += bytesWritten;
    }
    this.payloadSize += bytes.length;
  }

  /** Adds a file's bytes under `entryPath`, read a chunk at a time. */
  async addFile(entryPath: string, source: string, tick: Tick): Promise<void> {
    const hash = createHash('sha256');
    const input = await open(source, 'r');
    let size = 0;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK, size);
        if (bytesRead === 0) break;
        await this.write(buffer.subarray(0, bytesRead), hash);
        size += bytesRead;
        await tick(bytesRead);
      }
    } finally {
      await input.close();
    }
    this.entries.push({ path: entryPath, size, sha256: hash.digest('hex') });
  }

  async addBytes(entryPath: string, bytes: Buffer): Promise<void> {
    const hash = createHash('sha256');
    await this.write(bytes, hash);
    this.entries.push({ path: entryPath, size: bytes.length, sha256: hash.digest('hex') });
  }

  /** Writes the manifest (the entries and payload hash filled in here) and the footer; returns the manifest. */
  async finish(base: Omit<Manifest, 'entries' | 'payload' | 'format' | 'app'>): Promise<Manifest> {
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      app: 'ldte-inspection',
      ...base,
      entries: this.entries,
      payload: { size: this.payloadSize, sha256: this.payloadHash.digest('hex') },
    };
    const json = Buffer.from(JSON.stringify(manifest), 'utf8');
    const footer = Buffer.alloc(FOOTER_SIZE);
    footer.writeUInt32BE(json.length, 0);
    createHash('sha256').update(json).digest().copy(footer, 8);
    END.copy(footer, 40);
    await this.handle.write(json, 0, json.length, this.position);
    await this.handle.write(footer, 0, FOOTER_SIZE, this.position + json.length);
    await this.handle.sync();
    await this.handle.close();
    await rename(this.partPath, this.path);
    return manifest;
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    rmSync(this.partPath, { force: true });
  }
}

// ---- reading ---------------------------------------------------------------------------------

export interface OpenedBackup {
  path: string;
  fileSize: number;
  manifest: Manifest;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw damaged('tệp bị cắt ngắn');
    done += bytesRead;
  }
  return buffer;
}

/**
 * The manifest, after checking the header, the footer and the manifest's hash (a few reads at
 * either end of the file). The payload is checked by `readPayload`.
 */
export async function readManifest(path: string): Promise<OpenedBackup> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CommandError('NOT_FOUND', `${MESSAGES.notFound}: «${path}»`);
    if (code === 'EISDIR') throw new CommandError('VALIDATION', `«${path}» là một thư mục; hãy chọn tệp sao lưu (${BACKUP_EXTENSION}) trong đó`);
    throw new CommandError('CONFLICT', `Không mở được tệp «${path}»`);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new CommandError('VALIDATION', `«${path}» là một thư mục; hãy chọn tệp sao lưu (${BACKUP_EXTENSION}) trong đó`);
    const { size } = stats;
    if (size < HEADER_SIZE) throw new CommandError('VALIDATION', MESSAGES.notBackup);
    const header = await readAt(handle, 0, HEADER_SIZE);
    if (!header.subarray(0, 8).equals(MAGIC)) throw new CommandError('VALIDATION', MESSAGES.notBackup);
    const format = header.readUInt16BE(8);
    if (format > BACKUP_FORMAT) throw new CommandError('CONFLICT', MESSAGES.newerFormat);
    if (format !== BACKUP_FORMAT || !header.subarray(10).equals(Buffer.alloc(6))) throw damaged('phần đầu tệp');
    if (size < HEADER_SIZE + FOOTER_SIZE) throw damaged('tệp bị cắt ngắn');
    const footer = await readAt(handle, size - FOOTER_SIZE, FOOTER_SIZE);
    if (!footer.subarray(40).equals(END)) throw damaged('tệp bị cắt ngắn hoặc thiếu phần cuối');
    const length = footer.readUInt32BE(0);
    if (footer.readUInt32BE(4) !== 0 || length > MAX_MANIFEST || length > size - HEADER_SIZE - FOOTER_SIZE) throw damaged('phần cuối tệp');
    const json = await readAt(handle, size - FOOTER_SIZE - length, length);
    if (!createHash('sha256').update(json).digest().equals(footer.subarray(8, 40))) throw damaged('danh mục nội dung');
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.toString('utf8'));
    } catch {
      throw damaged('danh mục nội dung');
    }
    const manifest = Manifest.safeParse(parsed);
    if (!manifest.success) throw damaged('danh mục nội dung');
    const m = manifest.data;
    if (HEADER_SIZE + m.payload.size + length + FOOTER_SIZE !== size) throw damaged('kích thước không khớp');
    if (m.entries.reduce((sum, e) => sum + e.size, 0) !== m.payload.size) throw damaged('danh mục nội dung');
    return { path, fileSize: size, manifest: m };
  } finally {
    await handle.close();
  }
}

/** Where each entry goes while the payload is read: a file path (written), or null (hashed only). */
export type EntryTarget = (entry: ManifestEntry) => string | null;

/**
 * Reads the whole payload once, a chunk at a time: every entry's hash and the payload's hash are
 * checked (a mismatch throws the "damaged" CONFLICT), and the entries `target` names are written
 * there (folders made as needed). The caller removes what was written when this throws.
 */
export async function readPayload(backup: OpenedBackup, target: EntryTarget, tick: Tick): Promise<void> {
  const { manifest } = backup;
  const handle = await open(backup.path, 'r');
  const payloadHash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let position = HEADER_SIZE;
  try {
    for (const entry of manifest.entries) {
      const hash = createHash('sha256');
      const to = target(entry);
      if (to) mkdirSync(dirname(to), { recursive: true });
      const out = to ? await open(to, 'w', 0o600) : null;
      try {
        let left = entry.size;
        let written = 0;
        while (left > 0) {
          const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, left), position);
          if (bytesRead === 0) throw damaged('tệp bị cắt ngắn');
          const bytes = buffer.subarray(0, bytesRead);
          hash.update(bytes);
          payloadHash.update(bytes);
          if (out) {
            let done = 0;
            while (done < bytesRead) done += (await out.write(bytes, done, bytesRead - done, written + done)).bytesWritten;
            written += bytesRead;
          }
          position += bytesRead;
          left -= bytesRead;
          await tick(bytesRead);
        }
        if (out) await out.sync();
      } finally {
        await out?.close();
      }
      if (hash.digest('hex') !== entry.sha256) throw damaged(`nội dung «${entry.path}» không khớp`);
    }
  } finally {
    await handle.close();
  }
  if (payloadHash.digest('hex') !== manifest.payload.sha256) throw damaged('nội dung không khớp');
}

/** One small entry's bytes (the key file), its hash checked. */
export async function readEntry(backup: OpenedBackup, entryPath: string): Promise<Buffer> {
  let position = HEADER_SIZE;
  for (const entry of backup.manifest.entries) {
    if (entry.path === entryPath) {
      if (entry.size > 16 * 1024 * 1024) throw damaged(`«${entry.path}» quá lớn`);
      const handle = await open(backup.path, 'r');
      try {
        const bytes = await readAt(handle, position, entry.size);
        if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) throw damaged(`nội dung «${entry.path}» không khớp`);
        return bytes;
      } finally {
        await handle.close();
      }
    }
    position += entry.size;
  }
  throw damaged(`thiếu «${entryPath}»`);
}

/** The file's size, or null when it is not there. */
export async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** A safe relative path of the data folder for an entry, or null (an absolute path, `..`, a root this app does not restore). */
export function entryFile(root: string, entryPath: string, roots: readonly string[]): string | null {
  const segments = entryPath.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[\\:\0]/.test(s))) return null;
  if (!roots.includes(segments.length === 1 ? segments[0]! : `${segments[0]}/`)) return null;
  return join(root, ...segments);
}
