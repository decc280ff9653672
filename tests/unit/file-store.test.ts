import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFileStore,
  decryptBytes,
  deriveFileKey,
  encryptBytes,
  isEncryptedFile,
  removeTempCopies,
  removeUnfinishedFiles,
  tempCopiesDir,
  type FileStore,
} from '../../electron/services/file-store';

const CHUNK = 64 * 1024;
const SIZES = [0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17];
const NAME = 'Lò Thị Mẩy Thử Nghiệm';

let dir: string;
let key: Buffer;
let store: FileStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldte-files-'));
  key = deriveFileKey(randomBytes(32));
  store = createFileStore({ fileKey: key, tempDir: tempCopiesDir(dir) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Plaintext with a child's name in it, repeated across chunk boundaries. */
const plaintext = (size: number) => {
  const text = Buffer.from(`${NAME} `.repeat(Math.ceil(size / 20) + 1), 'utf8');
  return text.subarray(0, size);
};

const drain = async (stream: Readable): Promise<Buffer> => {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
};

describe('stored file encryption', () => {
  it('derives a file key other than the database key', () => {
    const dbKey = randomBytes(32);
    expect(deriveFileKey(dbKey).equals(dbKey)).toBe(false);
    expect(deriveFileKey(dbKey).equals(deriveFileKey(Buffer.from(dbKey)))).toBe(true);
  });

  it('round-trips every size, in one buffer and streamed, both ways, and never shows the plaintext', async () => {
    for (const size of SIZES) {
      const plain = plaintext(size);
      const sealed = encryptBytes(key, plain);
      expect(isEncryptedFile(sealed)).toBe(true);
      expect(decryptBytes(key, sealed).equals(plain), `buffer ${size}`).toBe(true);
      if (size >= NAME.length) expect(sealed.includes(Buffer.from(NAME, 'utf8')), `${size}`).toBe(false);

      // Streamed in small and odd pieces, read back as one buffer and as a stream.
      const path = join(dir, `f-${size}`);
      const writer = store.createWriteStream(path);
      const pieces = Array.from({ length: Math.ceil(size / 777) }, (_, i) => plain.subarray(i * 777, (i + 1) * 777));
      await pipeline(Readable.from(pieces), writer);
      expect(writer.size).toBe(size);
      expect(writer.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(store.readFile(path).equals(plain), `stream→buffer ${size}`).toBe(true);
      expect((await drain(store.createReadStream(path))).equals(plain), `stream→stream ${size}`).toBe(true);
      // Same layout either way: a buffer-written file reads as a stream.
      store.writeFile(path, plain);
      expect((await drain(store.createReadStream(path))).equals(plain), `buffer→stream ${size}`).toBe(true);
    }
  });

  it('refuses an altered, cut, reordered or foreign file', async () => {
    const plain = plaintext(3 * CHUNK + 5);
    const sealed = encryptBytes(key, plain);
    const sealedChunk = CHUNK + 16;
    const flip = (at: number) => {
      const copy = Buffer.from(sealed);
      copy[at] = copy[at]! ^ 1;
      return copy;
    };
    const chunk = (i: number) => sealed.subarray(32 + i * sealedChunk, 32 + (i + 1) * sealedChunk);
    const broken = [
      flip(12), // salt in the header
      flip(40), // first chunk
      flip(sealed.length - 1), // last tag
      sealed.subarray(0, 32 + 2 * sealedChunk), // cut at a chunk boundary
      sealed.subarray(0, sealed.length - 1),
      Buffer.concat([sealed.subarray(0, 32), chunk(1), chunk(0), sealed.subarray(32 + 2 * sealedChunk)]),
      sealed.subarray(0, 20),
      Buffer.from('PK\u0003\u0004 a plaintext docx'),
    ];
    for (const [i, bytes] of broken.entries()) {
      expect(() => decryptBytes(key, bytes), `case ${i}`).toThrow(/bị hỏng|phiên bản mới hơn/);
      const path = join(dir, `broken-${i}`);
      writeFileSync(path, bytes);
      await expect(drain(store.createReadStream(path)), `stream case ${i}`).rejects.toThrow(/bị hỏng/);
    }
    expect(() => decryptBytes(deriveFileKey(randomBytes(32)), sealed)).toThrow(/bị hỏng/);
    const newer = Buffer.from(sealed);
    newer[8] = 2;
    expect(() => decryptBytes(key, newer)).toThrow(/phiên bản mới hơn/);
  });

  it('fails a stream into a missing folder with ENOENT', async () => {
    const writer = store.createWriteStream(join(dir, 'missing', 'x.csv'));
    await expect(pipeline(Readable.from([Buffer.from('a')]), writer)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes atomically: nothing under the name and no .part file when writing fails', () => {
    expect(() => store.writeFile(join(dir, 'missing', 'x.docx'), Buffer.from('x'))).toThrow();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    store.writeFile(join(dir, 'a.docx'), Buffer.from('x'));
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
});

describe('temporary decrypted copies', () => {
  it('are read-only files in a private folder, keep the file name, and go when old or at the sweep', () => {
    const stored = join(dir, 'bien-ban.docx');
    store.writeFile(stored, plaintext(5000));
    const copy = store.openCopy(stored, 'bien-ban.docx');
    expect(copy.startsWith(tempCopiesDir(dir))).toBe(true);
    expect(copy.endsWith('bien-ban.docx')).toBe(true);
    expect(readFileSync(copy).equals(plaintext(5000))).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(copy).mode & 0o777).toBe(0o400);
      expect(statSync(tempCopiesDir(dir)).mode & 0o777).toBe(0o700);
    }
    // A new copy sweeps the copies older than their lifetime, not the fresh ones.
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(join(copy, '..'), old, old);
    const second = store.openCopy(stored, 'bien-ban.docx');
    expect(existsSync(copy)).toBe(false);
    expect(existsSync(second)).toBe(true);
    removeTempCopies(dir);
    expect(readdirSync(tempCopiesDir(dir))).toEqual([]);
  });

  it('a crash-left .part file is deleted by the start-up clean-up, the rest stays', () => {
    const documents = join(dir, 'documents');
    mkdirSync(documents);
    writeFileSync(join(documents, 'bao-cao.xlsx.part'), 'half');
    writeFileSync(join(documents, 'bien-ban.docx'), 'whole');
    expect(removeUnfinishedFiles(documents)).toEqual(['bao-cao.xlsx.part']);
    expect(readdirSync(documents)).toEqual(['bien-ban.docx']);
    expect(removeUnfinishedFiles(join(dir, 'none'))).toEqual([]);
  });
});
