import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, randomInt, scryptSync, type KeyObject } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { newId } from '../../../db/ids';
import { newDeviceKeys } from '../../../db/local-device';
import { devices, plans, teamDevices, teams, users, officials } from '../../../db/schema';
import { writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import type { Team } from '../../../shared/schemas/exchange';
import type { ServiceContext } from '../context';
import { invalid, notFound } from '../rows';
import { seriesRange, SERIES_SLOTS } from './number-series';
import { fingerprint, PACKAGE_FORMAT, readPackage, writePackage, type PackageHeader } from './package-file';

export interface LocalDevice {
  id: string;
  label: string;
  publicKey: string;
  privateKey: KeyObject;
}

/** This laptop's identity; a device made before keys existed gets its pair now. */
export function localDevice(db: Db): LocalDevice {
  const row = db.select().from(devices).where(eq(devices.isLocal, true)).get()!;
  let { publicKey, privateKey } = row;
  if (!publicKey || !privateKey) {
    ({ publicKey, privateKey } = newDeviceKeys());
    db.update(devices).set({ publicKey, privateKey }).where(eq(devices.id, row.id)).run();
  }
  return { id: row.id, label: row.label, publicKey, privateKey: createPrivateKey(privateKey) };
}

/** The signed-in user's name as the roster shows it. */
function officialName(db: Db, ctx: ServiceContext): string {
  if (!ctx.userId) return ctx.actor;
  const row = db.select({ name: officials.fullName }).from(users).innerJoin(officials, eq(officials.id, users.officialId)).where(eq(users.id, ctx.userId)).get();
  return row?.name ?? ctx.actor;
}

export function requireTeam(db: Db, teamId: string) {
  return db.select().from(teams).where(and(eq(teams.id, teamId), isNull(teams.leftAt))).get() ?? notFound('đoàn trao đổi dữ liệu');
}

export const teamKeyOf = (team: { teamKey: string }): Buffer => Buffer.from(team.teamKey, 'base64');

export function teamView(db: Db, teamId: string): Team {
  const team = requireTeam(db, teamId);
  const self = localDevice(db).id;
  const plan = team.planId ? db.select({ title: plans.title }).from(plans).where(eq(plans.id, team.planId)).get() : undefined;
  const roster = db.select().from(teamDevices).where(eq(teamDevices.teamId, teamId)).all();
  return {
    id: team.id,
    name: team.name,
    ...(team.planId ? { planId: team.planId } : {}),
    ...(plan ? { planTitle: plan.title } : {}),
    isLeader: team.leaderDeviceId === self,
    createdAt: team.createdAt,
    devices: roster.map((d) => ({
      deviceId: d.deviceId,
      label: d.label,
      officialName: d.officialName,
      fingerprint: fingerprint(d.publicKey),
      status: d.status as 'pending' | 'accepted',
      isThisDevice: d.deviceId === self,
      isLeader: d.deviceId === team.leaderDeviceId,
      joinedAt: d.joinedAt,
      ...(d.lastExchangeAt ? { lastExchangeAt: d.lastExchangeAt } : {}),
      ...(d.clockAheadMs ? { clockAheadMs: d.clockAheadMs } : {}),
      ...(d.numberSlot && d.numberSlot <= SERIES_SLOTS ? { numberSeries: seriesRange(d.numberSlot) } : {}),
    })),
  };
}

export function listTeams(db: Db): Team[] {
  return db
    .select({ id: teams.id })
    .from(teams)
    .where(isNull(teams.leftAt))
    .all()
    .map((t) => teamView(db, t.id));
}

/** The leader's laptop makes the team: a random 256-bit key, and itself as the first member. */
export function createTeam(db: Db, input: CommandParsedInput<'exchange.createTeam'>, ctx: ServiceContext): Team {
  return writeTx(db, () => {
    if (input.planId && !db.select({ id: plans.id }).from(plans).where(and(eq(plans.id, input.planId), isNull(plans.deletedAt))).get()) {
      invalid('planId', 'Không tìm thấy kế hoạch');
    }
    const device = localDevice(db);
    const id = newId();
    const now = ctx.now().toISOString();
    db.insert(teams).values({ id, name: input.name, planId: input.planId ?? null, teamKey: randomBytes(32).toString('base64'), leaderDeviceId: device.id, createdAt: now }).run();
    db.insert(teamDevices)
      .values({ teamId: id, deviceId: device.id, publicKey: device.publicKey, label: device.label, officialName: officialName(db, ctx), status: 'accepted', joinedAt: now, numberSlot: 1 })
      .run();
    return teamView(db, id);
  });
}

// ---- invitation: a file plus a code read aloud ----------------------------------------------

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

interface InvitationFile {
  format: number;
  teamId: string;
  teamName: string;
  planId: string | null;
  leader: { deviceId: string; publicKey: string; label: string; officialName: string };
  salt: string;
  iv: string;
  tag: string;
  wrappedKey: string;
}

const normaliseCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** The team key wrapped with a key derived from an 8-character code: the file without the code opens nothing. */
export function makeInvitation(db: Db, input: CommandParsedInput<'exchange.invitation'>) {
  const team = requireTeam(db, input.teamId);
  const device = localDevice(db);
  if (team.leaderDeviceId !== device.id) throw new CommandError('FORBIDDEN', 'Chỉ máy của trưởng đoàn mời được máy khác vào đoàn');
  const leader = db.select().from(teamDevices).where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, device.id))).get()!;
  const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(code, salt, 32, SCRYPT), iv);
  const wrappedKey = Buffer.concat([cipher.update(teamKeyOf(team)), cipher.final()]);
  const file: InvitationFile = {
    format: PACKAGE_FORMAT,
    teamId: team.id,
    teamName: team.name,
    planId: team.planId,
    leader: { deviceId: device.id, publicKey: device.publicKey, label: device.label, officialName: leader.officialName },
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrappedKey.toString('base64'),
  };
  return {
    fileName: `Moi vao doan - ${asciiName(team.name)}.ldti`,
    base64: Buffer.from(JSON.stringify(file)).toString('base64'),
    code: `${code.slice(0, 4)}-${code.slice(4)}`,
  };
}

/** File names a clerk reads: letters without accents, spaces kept. */
export const asciiName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 _.-]/g, '')
    .trim()
    .slice(0, 60);

/**
 * The new laptop joins with the file and the code: it learns the team key and the leader's
 * key, and makes a join request (a package signed by itself) for the leader to accept.
 */
export function joinTeam(db: Db, input: CommandParsedInput<'exchange.join'>, ctx: ServiceContext) {
  let file: InvitationFile;
  try {
    file = JSON.parse(Buffer.from(input.invitation, 'base64').toString('utf8')) as InvitationFile;
  } catch {
    return invalid('invitation', 'Tệp không phải tệp mời vào đoàn của ứng dụng');
  }
  if (typeof file.teamId !== 'string' || !file.leader?.publicKey) invalid('invitation', 'Tệp không phải tệp mời vào đoàn của ứng dụng');
  if (file.format > PACKAGE_FORMAT) invalid('invitation', 'Tệp mời do phiên bản ứng dụng mới hơn tạo; hãy cập nhật ứng dụng');
  let teamKey: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', scryptSync(normaliseCode(input.code), Buffer.from(file.salt, 'base64'), 32, SCRYPT), Buffer.from(file.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    teamKey = Buffer.concat([decipher.update(Buffer.from(file.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    return invalid('code', 'Mã đọc không đúng với tệp mời');
  }
  const device = localDevice(db);
  if (device.id === file.leader.deviceId) invalid('invitation', 'Đây là máy của trưởng đoàn: máy đã ở trong đoàn');
  const now = ctx.now().toISOString();
  const me = officialName(db, ctx);
  writeTx(db, () => {
    if (db.select({ id: teams.id }).from(teams).where(eq(teams.id, file.teamId)).get()) invalid('invitation', 'Máy này đã ở trong đoàn này');
    db.insert(teams).values({ id: file.teamId, name: file.teamName, planId: null, teamKey: teamKey.toString('base64'), leaderDeviceId: file.leader.deviceId, createdAt: now }).run();
    db.insert(teamDevices)
      .values([
        { teamId: file.teamId, deviceId: file.leader.deviceId, publicKey: file.leader.publicKey, label: file.leader.label, officialName: file.leader.officialName, status: 'accepted', joinedAt: now },
        { teamId: file.teamId, deviceId: device.id, publicKey: device.publicKey, label: device.label, officialName: me, status: 'pending', joinedAt: now },
      ])
      .run();
  });
  const header: PackageHeader = {
    format: PACKAGE_FORMAT,
    kind: 'join',
    teamId: file.teamId,
    teamName: file.teamName,
    sender: { deviceId: device.id, fingerprint: fingerprint(device.publicKey), label: device.label, officialName: me },
    senderPublicKey: device.publicKey,
    createdAt: now,
    counts: {},
  };
  const bytes = writePackage(header, Buffer.from('{}'), teamKey, device.privateKey);
  return { team: teamView(db, file.teamId), fileName: `Xin vao doan - ${asciiName(me)} - ${asciiName(file.teamName)}.ldtx`, base64: bytes.toString('base64') };
}

/** A join request read by the leader: registered as pending until accepted. */
export function registerJoinRequest(db: Db, ctx: ServiceContext, bytes: Buffer, dryRun: boolean) {
  const pkg = readPackage(bytes);
  const team = requireTeam(db, pkg.header.teamId);
  if (team.leaderDeviceId !== localDevice(db).id) throw new CommandError('FORBIDDEN', 'Tệp xin tham gia phải được nhập trên máy của trưởng đoàn');
  const publicKey = pkg.header.senderPublicKey ?? invalid('file', 'Tệp xin tham gia thiếu khóa của máy');
  pkg.open(publicKey, teamKeyOf(team));
  if (!dryRun) {
    db.insert(teamDevices)
      .values({
        teamId: team.id,
        deviceId: pkg.header.sender.deviceId,
        publicKey,
        label: pkg.header.sender.label,
        officialName: pkg.header.sender.officialName,
        status: 'pending',
        joinedAt: ctx.now().toISOString(),
      })
      .onConflictDoNothing()
      .run();
  }
  return pkg.header;
}

/**
 * On the leader's laptop: each accepted device without a place in the team's number series gets
 * the first free one (the leader's own first), in the order they were accepted; the roster of the
 * leader's packages tells the others (number-series.ts).
 */
export function giveNumberSlots(db: Db, teamId: string): void {
  const team = requireTeam(db, teamId);
  const rows = db.select().from(teamDevices).where(and(eq(teamDevices.teamId, teamId), eq(teamDevices.status, 'accepted'))).all();
  const taken = new Set(rows.map((r) => r.numberSlot).filter((s): s is number => s !== null));
  const waiting = rows.filter((r) => r.numberSlot === null).sort((a, b) => (a.deviceId === team.leaderDeviceId ? -1 : b.deviceId === team.leaderDeviceId ? 1 : a.joinedAt.localeCompare(b.joinedAt)));
  let slot = 1;
  for (const r of waiting) {
    while (taken.has(slot)) slot++;
    taken.add(slot);
    db.update(teamDevices).set({ numberSlot: slot }).where(and(eq(teamDevices.teamId, teamId), eq(teamDevices.deviceId, r.deviceId))).run();
  }
}

export function acceptJoin(db: Db, input: CommandParsedInput<'exchange.acceptJoin'>): Team {
  return writeTx(db, () => {
    const team = requireTeam(db, input.teamId);
    if (team.leaderDeviceId !== localDevice(db).id) throw new CommandError('FORBIDDEN', 'Chỉ máy của trưởng đoàn chấp nhận được máy mới');
    const updated = db
      .update(teamDevices)
      .set({ status: 'accepted' })
      .where(and(eq(teamDevices.teamId, input.teamId), eq(teamDevices.deviceId, input.deviceId)))
      .run();
    if (updated.changes === 0) invalid('deviceId', 'Máy này chưa gửi tệp xin tham gia');
    giveNumberSlots(db, input.teamId);
    return teamView(db, input.teamId);
  });
}
