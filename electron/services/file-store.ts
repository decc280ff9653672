/**
 * Files the app stores (generated documents, report exports, their PDFs) are encrypted at rest
 * (security.md "Encryption at rest"), with a key derived from the database key the session
 * holds: without a user's password or the recovery key they are noise, like the database.
 *
 * Format, version 1:
 *
 *     header (32 bytes): "LDTEFILE" | version 1 | log2 of the chunk size (16) | salt (16) | nonce prefix (6)
 *     chunks:            each at most 64 KiB of plaintext sealed with AES-256-GCM: ciphertext, then its 16-byte tag
 *
 * Each file has its own key, HKDF-SHA256(file key, salt, "ldte stored file v1"); chunk i is
 * sealed with the nonce `prefix | 0 | i (u32 BE) | last` and the header as associated data. The
 * last chunk is flagged, so a file cut at a chunk boundary, chunks reordered, swapped between
 * files or altered, and a changed header all fail to open. Large files are written and read as
 * streams, a chunk at a time (report exports).
 *
 * Opening or printing a file works on a **temporary decrypted copy** in `<data folder>/temp-copies`
 * (folder 0700, the copy read-only 0400, so a viewer does not save edits into a copy that goes
 * away; "save a copy as…" is how a plaintext file leaves the app). Copies are removed:
 * - when the next copy is made and by a timer, once older than TEMP_COPY_LIFETIME_MS (a viewer
 *   has read the file by then; a file a viewer still holds open on Windows is left for later),
 * - at shutdown of the host (data service closed),
 * - at the next start, when the host opens the data folder (with unfinished `.part` files).
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished, pipeline, Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { CommandError } from '../../shared/errors';

const MAGIC = Buffer.from('LDTEFILE', 'latin1');
const VERSION = 1;
const CHUNK_LOG2 = 16;
const HEADER_SIZE = 32;
const SALT_SIZE = 16;
const PREFIX_SIZE = 6;
const TAG_SIZE = 16;
const MAX_CHUNKS = 2 ** 32;

/** Where temporary decrypted copies go, inside the data folder. */
export const TEMP_COPIES_FOLDER = 'temp-copies';
/** Suffix of a file being written; one left behind by a crash is deleted at the next start. */
export const PART_SUFFIX = '.part';
/** Age after which a temporary copy is removed when the next one is made (or by the timer). */
export const TEMP_COPY_LIFETIME_MS = 2 * 60_000;

export const tempCopiesDir = (dataDir: string) => join(dataDir, TEMP_COPIES_FOLDER);

const DAMAGED = 'Tệp đã lưu bị hỏng hoặc không mở được bằng khóa dữ liệu của ứng dụng';

/** The key of stored files, derived from the database key (never the same bytes). */
export function deriveFileKey(dbKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'ldte stored files v1', 32));
}

interface Header {
  bytes: Buffer;
  key: Buffer;
  prefix: Buffer;
  chunkSize: number;
}

const fileSubkey = (fileKey: Buffer, salt: Buffer) => Buffer.from(hkdfSync('sha256', fileKey, salt, 'ldte stored file v1', 32));

function newHeader(fileKey: Buffer): Header {
  const salt = randomBytes(SALT_SIZE);
  const prefix = randomBytes(PREFIX_SIZE);
  const bytes = Buffer.concat([MAGIC, Buffer.from([VERSION, CHUNK_LOG2]), salt, prefix]);
  return { bytes, key: fileSubkey(fileKey, salt), prefix, chunkSize: 2 ** CHUNK_LOG2 };
}

/** True when the bytes start like a file of this format (a plaintext .docx starts with "PK"). */
export const isEncryptedFile = (start: Buffer): boolean => start.length >= MAGIC.length && start.subarray(0, MAGIC.length).equals(MAGIC);

function readHeader(fileKey: Buffer, bytes: Buffer): Header {
  if (bytes.length < HEADER_SIZE || !isEncryptedFile(bytes)) throw new CommandError('CONFLICT', DAMAGED);
  if (bytes[8] !== VERSION) throw new CommandError('CONFLICT', 'Tệp đã lưu được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng');
  const log2 = bytes[9]!;
  if (log2 < 10 || log2 > 24) throw new CommandError('CONFLICT', DAMAGED);
  const header = Buffer.from(bytes.subarray(0, HEADER_SIZE));
  const salt = header.subarray(10, 10 + SALT_SIZE);
  return { bytes: header, key: fileSubkey(fileKey, salt), prefix: header.subarray(10 + SALT_SIZE), chunkSize: 2 ** log2 };
}

function nonce(header: Header, counter: number, last: boolean): Buffer {
  if (counter >= MAX_CHUNKS) throw new Error('stored file too large');
  const n = Buffer.alloc(12);
  header.prefix.copy(n, 0);
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

function seal(header: Header, counter: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', header.key, nonce(header, counter, last));
  cipher.setAAD(header.bytes);
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function unseal(header: Header, counter: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_SIZE) throw new CommandError('CONFLICT', DAMAGED);
  try {
    const decipher = createDecipheriv('aes-256-gcm', header.key, nonce(header, counter, last));
    decipher.setAAD(header.bytes);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE)), decipher.final()]);
  } catch {
    throw new CommandError('CONFLICT', DAMAGED);
  }
}

/** The whole file in one buffer (documents of a few hundred kilobytes). */
export function encryptBytes(fileKey: Buffer, plain: Buffer): Buffer {
  const header = newHeader(fileKey);
  const parts = [header.bytes];
  for (let offset = 0, counter = 0; ; offset += header.chunkSize, counter++) {
    const end = offset + header.chunkSize;
    const last = end >= plain.length;
    parts.push(seal(header, counter, last, plain.subarray(offset, Math.min(end, plain.length))));
    if (last) break;
  }
  return Buffer.concat(parts);
}

export function decryptBytes(fileKey: Buffer, data: Buffer): Buffer {
  const header = readHeader(fileKey, data);
  const sealedSize = header.chunkSize + TAG_SIZE;
  const parts: Buffer[] = [];
  let offset = HEADER_SIZE;
  let counter = 0;
  for (; data.length - offset > sealedSize; offset += sealedSize, counter++) parts.push(unseal(header, counter, false, data.subarray(offset, offset + sealedSize)));
  parts.push(unseal(header, counter, true, data.subarray(offset)));
  return Buffer.concat(parts);
}

/** Bytes gathered from a stream, taken out in pieces of a given size. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;
  push(chunk: Buffer): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
  take(size: number): Buffer {
    const all = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    const taken = all.subarray(0, size);
    const rest = all.subarray(size);
    this.parts = rest.length ? [rest] : [];
    this.length = rest.length;
    return taken;
  }
}

/**
 * Writes a file encrypted, chunk by chunk (readable by its owner only). Its `finish` comes once
 * the file is closed; `sha256` and `size` are of the plaintext written.
 */
export class EncryptingFileWriter extends Writable {
  private readonly header: Header;
  private readonly out: WriteStream;
  private readonly queue = new ByteQueue();
  private readonly hash = createHash('sha256');
  private counter = 0;
  private digest: string | undefined;
  /** Plaintext bytes written. */
  size = 0;

  constructor(
    readonly path: string,
    fileKey: Buffer,
  ) {
    super();
    this.header = newHeader(fileKey);
    this.out = createWriteStream(path, { mode: 0o600 });
    this.out.on('error', (error) => this.destroy(error));
    this.out.write(this.header.bytes);
  }

  /** The plaintext's SHA-256 (hex), once the stream has finished. */
  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.queue.push(chunk);
    let ready = true;
    try {
      while (this.queue.length > this.header.chunkSize) ready = this.out.write(seal(this.header, this.counter++, false, this.queue.take(this.header.chunkSize))) && ready;
    } catch (error) {
      callback(error as Error);
      return;
    }
    if (ready) callback();
    else this.out.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    try {
      this.out.end(seal(this.header, this.counter++, true, this.queue.take(this.queue.length)));
    } catch (error) {
      callback(error as Error);
      return;
    }
    finished(this.out, (error) => callback(error ?? null));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.out.closed) return callback(error);
    this.out.once('close', () => callback(error));
    this.out.destroy();
  }
}

/** Decrypts a stream of file bytes; fails on a damaged, cut or foreign file. */
class DecryptingTransform extends Transform {
  private header: Header | undefined;
  private readonly queue = new ByteQueue();
  private counter = 0;

  constructor(private readonly fileKey: Buffer) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.queue.push(chunk);
      if (!this.header) {
        if (this.queue.length < HEADER_SIZE) return callback();
        this.header = readHeader(this.fileKey, this.queue.take(HEADER_SIZE));
      }
      const sealedSize = this.header.chunkSize + TAG_SIZE;
      while (this.queue.length > sealedSize) this.push(unseal(this.header, this.counter++, false, this.queue.take(sealedSize)));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (!this.header) throw new CommandError('CONFLICT', DAMAGED);
      this.push(unseal(this.header, this.counter++, true, this.queue.take(this.queue.length)));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** Removes a file or folder, quietly (a file a viewer holds open on Windows is left for the next sweep). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 2, retryDelay: 50 });
  } catch {
    // Left for the next sweep.
  }
}

/** Removes the temporary decrypted copies older than `olderThanMs` (all of them by default). */
export function removeTempCopies(dataDirOrTempDir: { tempDir: string } | string, olderThanMs = 0, now = Date.now()): void {
  const dir = typeof dataDirOrTempDir === 'string' ? tempCopiesDir(dataDirOrTempDir) : dataDirOrTempDir.tempDir;
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    try {
      if (olderThanMs > 0 && now - statSync(path).mtimeMs < olderThanMs) continue;
    } catch {
      continue;
    }
    removeQuietly(path);
  }
}

/** Deletes the `.part` files an export or a save cut short left in `dir` (start of the host). */
export function removeUnfinishedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const removed = readdirSync(dir).filter((f) => f.endsWith(PART_SUFFIX));
  for (const file of removed) removeQuietly(join(dir, file));
  return removed;
}

/** Stored files of the signed-in data: written encrypted, read decrypted. */
export interface FileStore {
  /** The private folder of temporary decrypted copies. */
  readonly tempDir: string;
  /** Writes the bytes encrypted (beside it first, then renamed: never half a file under its name). */
  writeFile(path: string, bytes: Buffer): void;
  /** The plaintext of a stored file. */
  readFile(path: string): Buffer;
  /** A stream that writes `path` encrypted; the caller renames or deletes it. */
  createWriteStream(path: string): EncryptingFileWriter;
  /** The plaintext of a stored file, as a stream (browser downloads of large exports). */
  createReadStream(path: string): Readable;
  /** A read-only decrypted copy named `fileName` in the temporary folder; returns its path. */
  openCopy(path: string, fileName: string): string;
  /** Encrypts in place the files of `dir` that are still plaintext (upgrade from a release without encryption). */
  encryptPlaintextFiles(dir: string): string[];
}

const noKey = (): never => {
  throw new Error('this context has no file store: stored files need the key of a signed-in session');
};

/** The store of a context made without the session's key: every use fails (never a file in the clear). */
export const noFileStore: FileStore = {
  tempDir: '',
  writeFile: noKey,
  readFile: noKey,
  createWriteStream: noKey,
  createReadStream: noKey,
  openCopy: noKey,
  encryptPlaintextFiles: noKey,
};

export function createFileStore(options: { fileKey: Buffer; tempDir: string; copyLifetimeMs?: number }): FileStore {
  const { fileKey, tempDir } = options;
  const lifetime = options.copyLifetimeMs ?? TEMP_COPY_LIFETIME_MS;
  const store: FileStore = {
    tempDir,
    writeFile(path, bytes) {
      const aside = `${path}${PART_SUFFIX}`;
      try {
        writeFileSync(aside, encryptBytes(fileKey, bytes), { mode: 0o600 });
        renameSync(aside, path);
      } catch (error) {
        removeQuietly(aside);
        throw error;
      }
    },
    readFile: (path) => decryptBytes(fileKey, readFileSync(path)),
    createWriteStream: (path) => new EncryptingFileWriter(path, fileKey),
    createReadStream(path) {
      const decrypt = new DecryptingTransform(fileKey);
      return pipeline(createReadStream(path), decrypt, () => undefined);
    },
    openCopy(path, fileName) {
      const plain = decryptBytes(fileKey, readFileSync(path));
      removeTempCopies({ tempDir }, lifetime);
      mkdirSync(tempDir, { recursive: true, mode: 0o700 });
      chmodSync(tempDir, 0o700);
      const folder = join(tempDir, randomBytes(8).toString('hex'));
      mkdirSync(folder, { mode: 0o700 });
      const copy = join(folder, fileName);
      writeFileSync(copy, plain, { mode: 0o600 });
      chmodSync(copy, 0o400);
      setTimeout(() => removeTempCopies({ tempDir }, lifetime), lifetime + 1000).unref();
      return copy;
    },
    encryptPlaintextFiles(dir) {
      if (!existsSync(dir)) return [];
      const done: string[] = [];
      for (const file of readdirSync(dir)) {
        const path = join(dir, file);
        if (file.endsWith(PART_SUFFIX) || !statSync(path).isFile()) continue;
        const bytes = readFileSync(path);
        if (isEncryptedFile(bytes)) continue;
        store.writeFile(path, bytes);
        done.push(file);
      }
      return done;
    },
  };
  return store;
}
