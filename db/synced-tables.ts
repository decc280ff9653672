import { getTableName } from 'drizzle-orm';
import {
  agencies,
  attachments,
  caseReferrals,
  caseSupports,
  caseVisits,
  commitmentChecks,
  followUpCases,
  reportAssessments,
  sanctionDecisions,
  checklistResults,
  commitmentItems,
  commitments,
  conflicts,
  dismissedSuggestions,
  documents,
  establishments,
  inspectionAmendments,
  inspectionParticipants,
  inspectionRepresentatives,
  inspections,
  inspectionTeamMembers,
  minors,
  officials,
  planCommunes,
  planMembers,
  plans,
  planStatusLog,
  planTargets,
  violationMinors,
  violations,
} from './schema';
import type { SyncedTable } from './write-path';

/**
 * The tables a team shares (exchange.md §2), parents before children so a package applies in
 * this order too. Everything else is local to a laptop: reference data, accounts, settings,
 * the audit trail, the search index, the roster and the change log itself.
 */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  agencies,
  officials,
  establishments,
  plans,
  planMembers,
  planTargets,
  planCommunes,
  planStatusLog,
  inspections,
  inspectionTeamMembers,
  inspectionRepresentatives,
  inspectionParticipants,
  inspectionAmendments,
  checklistResults,
  minors,
  violations,
  violationMinors,
  dismissedSuggestions,
  commitments,
  commitmentItems,
  commitmentChecks,
  sanctionDecisions,
  followUpCases,
  caseReferrals,
  caseSupports,
  caseVisits,
  attachments,
  documents,
  reportAssessments,
  conflicts,
];

const byName = new Map(SYNCED_TABLES.map((t) => [getTableName(t), t]));

export const syncedTable = (name: string): SyncedTable | undefined => byName.get(name);
