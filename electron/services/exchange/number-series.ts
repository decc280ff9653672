/**
 * Minutes numbers from a per-device series (issue 12 item 3, exchange.md §7): two laptops of a
 * team numbering minutes offline never give the same number.
 *
 * Official papers number a body's documents from 01 each year, Arabic numerals before the
 * symbol ("Số: 12/BB-ĐKT", numbers below 10 with a leading 0; legal-reference.md §6). So the
 * number stays a plain number and the series is a range, the way a clerk hands out ranges of
 * numbers to sub-teams: numbers are taken in blocks of 100, and block b belongs to the device in
 * slot (b mod 10) + 1 of the team — the leader's laptop holds slot 1 (01–100, then 1001–1100…),
 * the next accepted laptop slot 2 (101–200, then 1101–1200…), and so on for ten laptops. The
 * leader gives each laptop its slot when it accepts it; its roster carries the slots to the others.
 *
 * A laptop in no team (or not yet accepted) numbers 01, 02… as a single clerk would; the team's
 * series is that of the inspections of the team's plan (every inspection, for a standing team),
 * in the year of the inspection, deleted ones included (a number once used is never reused).
 */
import { and, eq, isNull, like } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { devices, inspections, teamDevices, teams } from '../../../db/schema';
import { MINUTES_SYMBOL } from '../../documents/inspection-labels';

export const SERIES_BLOCK = 100;
export const SERIES_SLOTS = 10;

/** The slot whose block holds number `n` (1-based). */
export const slotOfNumber = (n: number): number => (Math.floor((n - 1) / SERIES_BLOCK) % SERIES_SLOTS) + 1;

/** The next number of `slot` (null: no series, one clerk) after the numbers already used. */
export function nextInSeries(used: readonly number[], slot: number | null): number {
  if (slot === null) return Math.max(0, ...used) + 1;
  const mine = used.filter((n) => n >= 1 && slotOfNumber(n) === slot);
  if (mine.length === 0) return (slot - 1) * SERIES_BLOCK + 1;
  const next = Math.max(...mine) + 1;
  // Past the end of its block: the slot's next block, a whole cycle later.
  return slotOfNumber(next) === slot ? next : next + (SERIES_SLOTS - 1) * SERIES_BLOCK;
}

/** The first block of a slot, as the roster shows it ("01–100", "101–200"…). */
export function seriesRange(slot: number): string {
  const first = (slot - 1) * SERIES_BLOCK + 1;
  return `${String(first).padStart(2, '0')}–${first + SERIES_BLOCK - 1}`;
}

/** "05/BB-ĐKT": numbers below 10 with a leading zero. */
export const formatMinutesNumber = (n: number): string => `${String(n).padStart(2, '0')}/${MINUTES_SYMBOL}`;

/** The team whose series an inspection of `planId` is numbered in: the plan's team, else a standing team. */
function teamFor(db: Db, planId: string | null) {
  const live = db.select().from(teams).where(isNull(teams.leftAt)).all();
  return live.find((t) => planId && t.planId === planId) ?? live.find((t) => t.planId === null);
}

/** This laptop's slot in the series of that team (null without a team or before the leader gave one). */
export function seriesSlot(db: Db, planId: string | null): { teamId?: string; slot: number | null } {
  const team = teamFor(db, planId);
  if (!team) return { slot: null };
  const me = db
    .select({ slot: teamDevices.numberSlot })
    .from(teamDevices)
    .where(and(eq(teamDevices.teamId, team.id), eq(teamDevices.deviceId, db.select({ id: devices.id }).from(devices).where(eq(devices.isLocal, true)).get()?.id ?? '')))
    .get();
  return { teamId: team.id, slot: me?.slot ?? null };
}

const NUMBER = new RegExp(`^0*(\\d+)/${MINUTES_SYMBOL}$`);

/**
 * The next minutes number of this laptop for an inspection of `planId` dated `inspectionDate`.
 * Refused (undefined) when this laptop is in the team but has no slot yet: a number then could
 * clash with another laptop's; the user types one or waits for the leader's package.
 */
export function nextMinutesNumber(db: Db, planId: string | null, inspectionDate: string): string | undefined {
  const { teamId, slot } = seriesSlot(db, planId);
  if (teamId && (slot === null || slot > SERIES_SLOTS)) return undefined;
  const team = teamId ? db.select({ planId: teams.planId }).from(teams).where(eq(teams.id, teamId)).get() : undefined;
  const year = inspectionDate.slice(0, 4);
  const rows = db
    .select({ number: inspections.number, planId: inspections.planId })
    .from(inspections)
    .where(like(inspections.inspectionDate, `${year}-%`))
    .all();
  const used = rows
    .filter((r) => !team?.planId || r.planId === team.planId)
    .map((r) => NUMBER.exec(r.number?.normalize('NFC').trim() ?? '')?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return formatMinutesNumber(nextInSeries(used, slot));
}
