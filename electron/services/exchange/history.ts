import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { exchangeLog, teamDevices, teams } from '../../../db/schema';
import type { CommandParsedInput } from '../../../shared/commands';
import { TABLE_LABELS } from '../../../shared/labels/history';
import type { ExchangeLogEntry } from '../../../shared/schemas/exchange';

const LIMIT = 500;

/**
 * The history of exchanges on this laptop (exchange.md §8): each package made here and each
 * one imported, with the laptop and official on the other end, when, and what travelled.
 */
export function listHistory(db: Db, input: CommandParsedInput<'exchange.history'>): ExchangeLogEntry[] {
  const rows = db
    .select({
      log: exchangeLog,
      teamName: teams.name,
      deviceLabel: teamDevices.label,
      officialName: teamDevices.officialName,
    })
    .from(exchangeLog)
    .innerJoin(teams, eq(teams.id, exchangeLog.teamId))
    .leftJoin(teamDevices, and(eq(teamDevices.teamId, exchangeLog.teamId), eq(teamDevices.deviceId, exchangeLog.deviceId)))
    .where(input.teamId ? eq(exchangeLog.teamId, input.teamId) : undefined)
    .orderBy(desc(exchangeLog.at), desc(exchangeLog.id))
    .limit(LIMIT)
    .all();
  return rows.map(({ log, teamName, deviceLabel, officialName }) => {
    const counts: Record<string, number> = {};
    for (const [table, n] of Object.entries(log.counts as Record<string, number>)) {
      const label = TABLE_LABELS[table] ?? table;
      counts[label] = (counts[label] ?? 0) + n;
    }
    return {
      id: log.id,
      teamId: log.teamId,
      teamName,
      direction: log.direction as ExchangeLogEntry['direction'],
      deviceLabel: deviceLabel ?? log.deviceId.slice(0, 8),
      officialName: officialName ?? '',
      at: log.at,
      userName: log.userName,
      ...(log.fileName ? { fileName: log.fileName } : {}),
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  });
}
