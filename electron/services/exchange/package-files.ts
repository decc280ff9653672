/**
 * Attachments in team packages (issue 13 item 1): the stored files the package's attachment
 * rows name travel with them, encrypted inside the package like the rest, and are stored on the
 * receiving laptop through its own file store (encrypted with its own key), once per content hash.
 *
 * The payload of a package is the NDJSON of its lines, then (when files travel) a zero byte and
 * the files' bytes one after another; each `file` line says which hash and rendition comes next
 * and how many bytes it has. JSON never writes a raw zero byte, so the first one ends the text.
 *
 * What to carry: every file of a live attachment row in the package's scope that this laptop
 * holds, except those every other member of the team has said it holds (each package lists the
 * hashes its sender holds, and the receiver remembers them per device), within a budget per
 * package (the web host takes a package of at most 64 MB as base64); files left out by the budget
 * go first in the next package. A row whose file has not arrived shows "file missing"
 * (attachments.ts) until a later package brings it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { attachments, teamDevices } from '../../../db/schema';
import { attachmentFile } from '../attachments/attachments';
import type { ServiceContext } from '../context';
import type { TeamScope } from './team-scope';

export const RENDITIONS = ['', 'thumb', 'print'] as const;
export type Rendition = (typeof RENDITIONS)[number];

/** A file line of the payload: the next `length` bytes of the binary section. */
export interface FileLine {
  type: 'file';
  hash: string;
  rendition: Rendition;
  length: number;
}

export interface CarriedFile {
  hash: string;
  rendition: Rendition;
  bytes: Buffer;
}

/** File bytes one package carries at most (the rest go in the next one); a single larger file still goes alone. */
export const FILE_BUDGET_BYTES = 36 * 1024 * 1024;

/**
 * Kept in the roster row's `known` beside the per-device HLCs (device ids are UUIDs, so these
 * keys never clash): the hashes a member said it holds, and, in this laptop's own row, the
 * hashes already sent in a package (so files left out by the budget go first next time).
 */
const HELD_KEY = '#files';
const SENT_KEY = '#sent';
const CHUNK = 500;
const HASH = /^[0-9a-f]{64}$/;

const splitList = (value: string | undefined): Set<string> => new Set((value ?? '').split(' ').filter(Boolean));

/** Content hashes of the live attachment rows in the scope (all of them without a scope). */
function referencedHashes(db: Db, scope: TeamScope): string[] {
  if (scope === null) {
    return db.selectDistinct({ h: attachments.contentHash }).from(attachments).where(isNull(attachments.deletedAt)).all().map((r) => r.h);
  }
  const ids = [...(scope.get('attachments') ?? [])];
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of db
      .select({ h: attachments.contentHash })
      .from(attachments)
      .where(and(inArray(attachments.id, ids.slice(i, i + CHUNK)), isNull(attachments.deletedAt)))
      .all())
      out.add(r.h);
  }
  return [...out].sort();
}

/** The referenced contents this laptop holds (announced in its packages). */
export function heldHashes(db: Db, ctx: ServiceContext, scope: TeamScope): string[] {
  return referencedHashes(db, scope).filter((h) => existsSync(attachmentFile(ctx.attachmentsDir, h)));
}

/**
 * The files a package carries: those held here that some other member may lack, never-sent ones
 * first, within the budget. `left`: how many never-sent ones stay for a later package.
 */
export function filesToSend(db: Db, ctx: ServiceContext, teamId: string, selfId: string, held: string[], mode: 'team' | 'all') {
  const members = db.select({ deviceId: teamDevices.deviceId, known: teamDevices.known }).from(teamDevices).where(eq(teamDevices.teamId, teamId)).all();
  const others = members.filter((m) => m.deviceId !== selfId);
  const everyoneHas = (h: string) => mode === 'team' && others.length > 0 && others.every((m) => splitList(m.known?.[HELD_KEY]).has(h));
  const sent = splitList(members.find((m) => m.deviceId === selfId)?.known?.[SENT_KEY]);
  const wanted = held.filter((h) => !everyoneHas(h));
  wanted.sort((x, y) => Number(sent.has(x)) - Number(sent.has(y)));
  const files: CarriedFile[] = [];
  let total = 0;
  let taken = 0;
  for (const hash of wanted) {
    const content = ctx.files.readFile(attachmentFile(ctx.attachmentsDir, hash));
    if (taken > 0 && total + content.length > FILE_BUDGET_BYTES) break;
    files.push({ hash, rendition: '', bytes: content });
    total += content.length;
    taken++;
    for (const rendition of ['thumb', 'print'] as const) {
      const path = attachmentFile(ctx.attachmentsDir, hash, rendition);
      if (existsSync(path)) {
        const bytes = ctx.files.readFile(path);
        files.push({ hash, rendition, bytes });
        total += bytes.length;
      }
    }
  }
  const carried = files.filter((f) => f.rendition === '').map((f) => f.hash);
  // Left for a later package: files never sent yet (those sent before may simply not be acknowledged).
  const left = wanted.filter((h) => !sent.has(h) && !carried.includes(h)).length;
  return { files, taken: carried, left };
}

/** Remembers in this laptop's roster row which files its packages have carried. */
export function markSent(db: Db, teamId: string, selfId: string, hashes: string[]): void {
  if (hashes.length === 0) return;
  const row = db.select({ known: teamDevices.known }).from(teamDevices).where(and(eq(teamDevices.teamId, teamId), eq(teamDevices.deviceId, selfId))).get();
  if (!row) return;
  const sent = splitList(row.known?.[SENT_KEY]);
  hashes.forEach((h) => sent.add(h));
  db.update(teamDevices)
    .set({ known: { ...row.known, [SENT_KEY]: [...sent].join(' ') } })
    .where(and(eq(teamDevices.teamId, teamId), eq(teamDevices.deviceId, selfId)))
    .run();
}

/** The `known` of a sender after its package: its HLCs, the files it said it holds, and what this row already kept. */
export function knownAfter(previous: Record<string, string> | null, hlcs: Record<string, string>, held: string[] | undefined): Record<string, string> {
  return { ...(previous ?? {}), ...hlcs, ...(held ? { [HELD_KEY]: held.filter((h) => HASH.test(h)).join(' ') } : {}) };
}

/** The lines and the binary section of the files. */
export function encodeFiles(files: CarriedFile[]): { lines: FileLine[]; section: Buffer } {
  return {
    lines: files.map((f) => ({ type: 'file', hash: f.hash, rendition: f.rendition, length: f.bytes.length })),
    section: Buffer.concat(files.map((f) => f.bytes)),
  };
}

/** The files of a payload's binary section, as its lines describe them; `undefined` when they do not add up. */
export function decodeFiles(lines: FileLine[], section: Buffer): CarriedFile[] | undefined {
  const files: CarriedFile[] = [];
  let offset = 0;
  for (const line of lines) {
    if (!HASH.test(String(line.hash)) || !RENDITIONS.includes(line.rendition) || !Number.isInteger(line.length) || line.length < 0) return undefined;
    if (offset + line.length > section.length) return undefined;
    files.push({ hash: line.hash, rendition: line.rendition, bytes: section.subarray(offset, offset + line.length) });
    offset += line.length;
  }
  return offset === section.length ? files : undefined;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores the received files an attachment row here names and this laptop lacks, encrypted with
 * this laptop's key; a content whose bytes do not match its hash is left out. With `dryRun`,
 * only counts. Returns how many contents were new here.
 */
export function storeReceivedFiles(db: Db, ctx: ServiceContext, files: CarriedFile[], dryRun: boolean): number {
  if (files.length === 0) return 0;
  const hashes = [...new Set(files.map((f) => f.hash))];
  const named = new Set<string>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    for (const r of db.selectDistinct({ h: attachments.contentHash }).from(attachments).where(inArray(attachments.contentHash, hashes.slice(i, i + CHUNK))).all()) named.add(r.h);
  }
  const good = new Set(files.filter((f) => f.rendition === '' && named.has(f.hash) && sha256(f.bytes) === f.hash).map((f) => f.hash));
  let stored = 0;
  if (!dryRun && good.size) mkdirSync(ctx.attachmentsDir, { recursive: true, mode: 0o700 });
  for (const f of files) {
    if (!good.has(f.hash)) continue;
    const path = attachmentFile(ctx.attachmentsDir, f.hash, f.rendition);
    if (existsSync(path)) continue;
    if (f.rendition === '') stored++;
    if (!dryRun) ctx.files.writeFile(path, f.bytes);
  }
  return stored;
}
