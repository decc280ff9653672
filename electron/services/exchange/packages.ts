import { and, asc, eq, getTableName, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { newId } from '../../../db/ids';
import { catalogueVersions, changes, exchangeLog, inspections, plans, teamDevices, teams } from '../../../db/schema';
import { writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { TABLE_LABELS } from '../../../shared/labels/history';
import type { ImportResult, PackagePreview } from '../../../shared/schemas/exchange';
import { CLOCK_WARNING_MS } from '../../../shared/sync/hlc';
import type { SyncChange } from '../../../shared/sync/merge';
import type { ServiceContext } from '../context';
import { invalid } from '../rows';
import { applyChanges } from './apply-changes';
import { ensureBaseline } from './baseline';
import { decodeFiles, encodeFiles, filesToSend, heldHashes, knownAfter, markSent, storeReceivedFiles, type FileLine } from './package-files';
import { fingerprint, PACKAGE_FORMAT, readPackage, writePackage, type PackageHeader, type RosterEntry } from './package-file';
import { planScope, SYNCED_TABLE_NAMES, type TeamScope } from './team-scope';
import { asciiName, giveNumberSlots, localDevice, registerJoinRequest, requireTeam, teamKeyOf } from './teams';

/** The first line of a package's payload: what is needed besides the changes. */
interface PayloadMeta {
  type: 'meta';
  /** In the leader's packages: every accepted member, so the others accept their packages too. */
  roster?: RosterEntry[];
  /** Legal catalogue versions the inspections inside use (an inspection refers to its version). */
  catalogues: (typeof catalogueVersions.$inferSelect)[];
  /** Content hashes of the team's attachments the sender holds (the others leave those out of what they send it). */
  files?: string[];
}

type Line = PayloadMeta | ({ type: 'change' } & SyncChange) | FileLine;

const CHUNK = 500;

function changesOf(db: Db, scope: TeamScope): SyncChange[] {
  const rows: (typeof changes.$inferSelect)[] = [];
  if (scope === null) {
    rows.push(...db.select().from(changes).orderBy(asc(changes.hlc)).all());
  } else {
    for (const [table, ids] of scope) {
      const list = [...ids];
      for (let i = 0; i < list.length; i += CHUNK) {
        rows.push(...db.select().from(changes).where(and(eq(changes.tableName, table), inArray(changes.rowId, list.slice(i, i + CHUNK)))).all());
      }
    }
    rows.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  }
  return rows.map((r) => ({ ...r, op: r.op as SyncChange['op'] }));
}

function cataloguesFor(db: Db, scope: TeamScope) {
  const ids = scope?.get(getTableName(inspections));
  const versions =
    scope === null
      ? db.selectDistinct({ v: inspections.catalogueVersion }).from(inspections).all()
      : ids && ids.size
        ? db.selectDistinct({ v: inspections.catalogueVersion }).from(inspections).where(inArray(inspections.id, [...ids])).all()
        : [];
  return versions.length ? db.select().from(catalogueVersions).where(inArray(catalogueVersions.version, versions.map((r) => r.v))).all() : [];
}

/**
 * A package of every change of the team's rows ("for the team"), or of every synced row
 * ("everything"). Importing is idempotent, so sending what a member already has is harmless;
 * a plan's records are small enough that the whole history travels each time.
 */
export function exportPackage(db: Db, input: CommandParsedInput<'exchange.export'>, ctx: ServiceContext) {
  const team = requireTeam(db, input.teamId);
  const device = localDevice(db);
  const scope: TeamScope = input.mode === 'all' || !team.planId ? null : planScope(db, team.planId);
  writeTx(db, () => ensureBaseline(db, ctx, scope ?? new Map(SYNCED_TABLE_NAMES.map((t) => [t, null]))));
  const list = changesOf(db, scope);
  const counts: Record<string, number> = {};
  for (const c of list) counts[c.tableName] = (counts[c.tableName] ?? 0) + 1;
  if (team.leaderDeviceId === device.id) giveNumberSlots(db, team.id);
  const roster =
    team.leaderDeviceId === device.id
      ? db
          .select({ deviceId: teamDevices.deviceId, publicKey: teamDevices.publicKey, label: teamDevices.label, officialName: teamDevices.officialName, numberSlot: teamDevices.numberSlot })
          .from(teamDevices)
          .where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.status, 'accepted')))
          .all()
      : undefined;
  const held = heldHashes(db, ctx, scope);
  const carried = filesToSend(db, ctx, team.id, device.id, held, input.mode);
  const files = encodeFiles(carried.files);
  const lines: Line[] = [
    { type: 'meta', ...(roster ? { roster } : {}), catalogues: cataloguesFor(db, scope), files: held },
    ...list.map((c) => ({ type: 'change' as const, ...c })),
    ...files.lines,
  ];
  const me = db.select({ name: teamDevices.officialName }).from(teamDevices).where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, device.id))).get();
  const now = ctx.now();
  const header: PackageHeader = {
    format: PACKAGE_FORMAT,
    kind: 'changes',
    teamId: team.id,
    teamName: team.name,
    planId: team.planId,
    sender: { deviceId: device.id, fingerprint: fingerprint(device.publicKey), label: device.label, officialName: me?.name ?? ctx.actor },
    createdAt: now.toISOString(),
    hlcFrom: list[0]?.hlc ?? null,
    hlcTo: list.at(-1)?.hlc ?? null,
    counts,
  };
  const text = Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n'));
  const payload = files.lines.length ? Buffer.concat([text, Buffer.from([0]), files.section]) : text;
  const bytes = writePackage(header, payload, teamKeyOf(team), device.privateKey);
  markSent(db, team.id, device.id, carried.taken);
  const stamp = new Date(now.getTime() + 7 * 3600_000).toISOString();
  const when = `${stamp.slice(8, 10)}-${stamp.slice(5, 7)}-${stamp.slice(0, 4)} ${stamp.slice(11, 13)}h${stamp.slice(14, 16)}`;
  const fileName = `Goi du lieu - ${asciiName(header.sender.officialName)} - ${asciiName(team.name)} - ${when}.ldtx`;
  db.insert(exchangeLog)
    .values({ id: newId(), teamId: team.id, direction: 'export', deviceId: device.id, at: now.toISOString(), userName: ctx.actor, fileName, counts })
    .run();
  return {
    fileName,
    base64: bytes.toString('base64'),
    changes: list.length,
    counts,
    files: carried.taken.length,
    filesLeft: carried.left,
  };
}

function parsePayload(payload: Buffer) {
  // The text ends at the first zero byte (JSON never writes one); the files' bytes follow.
  const end = payload.indexOf(0);
  const lines = (end < 0 ? payload : payload.subarray(0, end)).toString('utf8').split('\n').filter(Boolean);
  let meta: PayloadMeta | undefined;
  const list: SyncChange[] = [];
  const fileLines: FileLine[] = [];
  try {
    for (const line of lines) {
      const value = JSON.parse(line) as Line;
      if (value.type === 'meta') meta = value;
      else if (value.type === 'change') {
        const { type: _t, ...change } = value;
        list.push(change);
      } else if (value.type === 'file') fileLines.push(value);
    }
  } catch {
    return invalid('file', 'Gói bị hỏng (nội dung không đọc được)');
  }
  const files = decodeFiles(fileLines, end < 0 ? Buffer.alloc(0) : payload.subarray(end + 1)) ?? invalid('file', 'Gói bị hỏng (tệp đính kèm trong gói không đọc được)');
  return { meta: meta ?? { type: 'meta', catalogues: [] }, changes: list, files };
}

/** A catalogue version the package needs: added if missing; a different one under the same number refuses the package. */
function addCatalogues(db: Db, list: PayloadMeta['catalogues']): void {
  for (const c of list) {
    const mine = db.select().from(catalogueVersions).where(eq(catalogueVersions.version, c.version)).get();
    if (!mine) db.insert(catalogueVersions).values(c).run();
    else if (mine.contentHash && c.contentHash && mine.contentHash !== c.contentHash) {
      invalid('file', `Gói dùng danh mục pháp lý phiên bản ${c.version} khác với danh mục cùng số trên máy này; không nhập`);
    }
  }
}

/** The leader's roster: members accepted there are accepted here. */
function takeRoster(db: Db, teamId: string, roster: RosterEntry[] | undefined, joinedAt: string): void {
  for (const d of roster ?? []) {
    db.insert(teamDevices)
      .values({ teamId, ...d, status: 'accepted', joinedAt })
      .onConflictDoUpdate({
        target: [teamDevices.teamId, teamDevices.deviceId],
        set: { status: 'accepted', label: d.label, officialName: d.officialName, ...(d.numberSlot ? { numberSlot: d.numberSlot } : {}) },
      })
      .run();
  }
}

class DryRun extends Error {}

function readChecked(db: Db, file: string) {
  const bytes = Buffer.from(file, 'base64');
  const pkg = readPackage(bytes);
  const team = db.select().from(teams).where(and(eq(teams.id, pkg.header.teamId), isNull(teams.leftAt))).get();
  if (!team) invalid('file', `Gói của đoàn «${pkg.header.teamName}», máy này không ở trong đoàn đó`);
  return { bytes, pkg, team: team! };
}

function preview(header: PackageHeader, outcome: { rows: Record<string, number>; newChanges: number; conflicts: number; clockAheadMs: number; files?: number }): PackagePreview {
  const rows = Object.fromEntries(Object.entries(outcome.rows).map(([t, n]) => [TABLE_LABELS[t] ?? t, n]));
  const days = Math.floor(outcome.clockAheadMs / (24 * 3600_000));
  return {
    kind: header.kind,
    teamName: header.teamName,
    sender: { deviceId: header.sender.deviceId, label: header.sender.label, officialName: header.sender.officialName, fingerprint: header.sender.fingerprint },
    createdAt: header.createdAt,
    rows,
    newChanges: outcome.newChanges,
    conflictsExpected: outcome.conflicts,
    files: outcome.files ?? 0,
    ...(outcome.clockAheadMs > CLOCK_WARNING_MS ? { clockWarning: `Đồng hồ của máy gửi nhanh hơn máy này khoảng ${days} ngày; hãy kiểm tra ngày giờ của hai máy` } : {}),
  };
}

/** Checks, decrypts and merges a package in one transaction; with `dryRun` everything is rolled back (the preview). */
function runImport(db: Db, ctx: ServiceContext, input: CommandParsedInput<'exchange.import'>, dryRun: boolean): ImportResult {
  const { bytes, pkg, team } = readChecked(db, input.file);
  if (pkg.header.kind === 'join') {
    const header = writeTx(db, () => registerJoinRequest(db, ctx, bytes, dryRun));
    return { ...preview(header, { rows: {}, newChanges: 0, conflicts: 0, clockAheadMs: 0 }), applied: !dryRun };
  }
  const sender = db.select().from(teamDevices).where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, pkg.header.sender.deviceId))).get();
  if (!sender || sender.status !== 'accepted') throw new CommandError('FORBIDDEN', 'Gói từ một máy chưa được trưởng đoàn chấp nhận vào đoàn: không nhập');
  const { meta, changes: list, files } = parsePayload(pkg.open(sender.publicKey, teamKeyOf(team)));
  let result: ImportResult | undefined;
  try {
    writeTx(db, () => {
      db.run(sql`PRAGMA defer_foreign_keys = ON`);
      addCatalogues(db, meta.catalogues);
      if (pkg.header.sender.deviceId === team.leaderDeviceId) takeRoster(db, team.id, meta.roster, ctx.now().toISOString());
      // The files the rows name, stored once the rows are in (re-encrypted with this laptop's key).
      const outcome = { ...applyChanges(db, ctx, list), files: storeReceivedFiles(db, ctx, files, dryRun) };
      if (pkg.header.planId && !team.planId && db.select({ id: plans.id }).from(plans).where(eq(plans.id, pkg.header.planId)).get()) {
        db.update(teams).set({ planId: pkg.header.planId }).where(eq(teams.id, team.id)).run();
      }
      const now = ctx.now().toISOString();
      // A package already imported brings nothing: it leaves no trace either, but what files its
      // sender holds (so this laptop stops sending them).
      if (outcome.newChanges === 0 && outcome.files === 0) {
        result = { ...preview(pkg.header, outcome), applied: false };
        if (dryRun) throw new DryRun();
        const known = knownAfter(sender.known, {}, meta.files);
        if (meta.files && JSON.stringify(known) !== JSON.stringify(sender.known ?? {})) {
          db.update(teamDevices)
            .set({ known })
            .where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, sender.deviceId)))
            .run();
        }
        return;
      }
      const known: Record<string, string> = {};
      for (const c of list) if (!known[c.deviceId] || c.hlc > known[c.deviceId]!) known[c.deviceId] = c.hlc;
      db.update(teamDevices)
        .set({ lastExchangeAt: now, known: knownAfter(sender.known, known, meta.files), clockAheadMs: outcome.clockAheadMs > CLOCK_WARNING_MS ? outcome.clockAheadMs : null })
        .where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, sender.deviceId)))
        .run();
      db.insert(exchangeLog)
        .values({ id: newId(), teamId: team.id, direction: 'import', deviceId: sender.deviceId, at: now, userName: ctx.actor, fileName: input.fileName ?? null, counts: outcome.rows })
        .run();
      result = { ...preview(pkg.header, outcome), applied: !dryRun };
      if (dryRun) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return result!;
}

export const previewPackage = (db: Db, input: CommandParsedInput<'exchange.preview'>, ctx: ServiceContext): PackagePreview => {
  const { applied: _a, ...rest } = runImport(db, ctx, input, true);
  return rest;
};

export const importPackage = (db: Db, input: CommandParsedInput<'exchange.import'>, ctx: ServiceContext): ImportResult => runImport(db, ctx, input, false);
