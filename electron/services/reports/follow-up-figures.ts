/**
 * The issue 11 indicators of a periodic report (legal-reference §8, Decision 782/QĐ-TTg), each a
 * small pass over the materialised scope `report_scope` (see scope.ts), judged on the same day as
 * the commitment items (`asOf`). Definitions: shared/schemas/report.ts (ReportFigures).
 */
import type { Db } from '../../../db/client';
import type { ReportFigures } from '../../../shared/schemas/report';

/** Decision 782/QĐ-TTg: 100% of the children detected supported or intervened in time. */
export const INTERVENTION_TARGET = 100;

type FollowUpFigures = Pick<
  ReportFigures,
  'followUp' | 'minorsInHazardousWork' | 'craftVillage' | 'inspectionsByTeam' | 'violationRecordsMade' | 'sanctions' | 'commitmentChecks'
>;

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

/** `inspectionsWithViolations`: the inspections in scope with a violation recorded (figures.ts counts them). */
export function followUpFigures(db: Db, asOf: string, inspectionsWithViolations: number): FollowUpFigures {
  const get = <T>(sql: string) => db.$client.prepare(sql).get({ asOf }) as T;

  const cases = get<Omit<ReportFigures['followUp'], 'interventionRate' | 'interventionTarget'>>(
    `WITH c AS (
       SELECT fc.id, fc.risk_level, fc.status, fc.closed_on, fc.closure_reason,
              EXISTS (SELECT 1 FROM case_supports cs WHERE cs.case_id = fc.id AND cs.deleted_at IS NULL AND cs.provided_on <= @asOf) AS supported,
              EXISTS (SELECT 1 FROM case_referrals cr WHERE cr.case_id = fc.id AND cr.deleted_at IS NULL AND cr.referred_on <= @asOf) AS referred,
              (SELECT cv.situation FROM case_visits cv WHERE cv.case_id = fc.id AND cv.deleted_at IS NULL AND cv.visited_on <= @asOf
                ORDER BY cv.visited_on DESC, cv.created_at DESC LIMIT 1) AS lastSituation
       FROM report_scope s
       JOIN follow_up_cases fc INDEXED BY follow_up_cases_inspection_idx ON fc.inspection_id = s.inspectionId AND fc.deleted_at IS NULL AND fc.minor_removed_at IS NULL
       JOIN minors m ON m.id = fc.minor_id AND m.deleted_at IS NULL)
     SELECT count(*) AS detected,
            coalesce(sum(risk_level = 'emergency'), 0) AS emergency,
            coalesce(sum(supported), 0) AS supported,
            coalesce(sum(referred), 0) AS referred,
            coalesce(sum(supported OR referred), 0) AS intervened,
            coalesce(sum(lastSituation IN ('in_school', 'in_training')
                         OR (status = 'closed' AND closed_on <= @asOf AND closure_reason IN ('in_school', 'in_training'))), 0) AS backInSchoolOrTraining,
            coalesce(sum(status = 'closed' AND closed_on <= @asOf), 0) AS closed
     FROM c`,
  );

  const hazardous = get<{ n: number }>(
    `SELECT count(*) AS n FROM report_scope s
     JOIN minors m INDEXED BY minors_hazardous_idx ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL AND (m.hazardous_job = 1 OR m.hazardous_workplace = 1)`,
  ).n;

  const craftVillage = get<ReportFigures['craftVillage']>(
    `SELECT count(*) AS establishments, coalesce(sum(kind = 'household'), 0) AS households
     FROM (SELECT DISTINCT establishmentId, establishmentKind AS kind FROM report_scope WHERE inCraftVillage)`,
  );

  const teams = get<{ joint: number; total: number }>(
    `SELECT coalesce(sum(agencies >= 2), 0) AS joint, count(*) AS total
     FROM (SELECT s.inspectionId,
                  (SELECT count(DISTINCT o.agency_id) FROM inspection_team_members t JOIN officials o ON o.id = t.official_id
                   WHERE t.inspection_id = s.inspectionId AND t.deleted_at IS NULL) AS agencies
           FROM report_scope s)`,
  );

  const records = get<{ n: number }>(
    `SELECT coalesce(sum(EXISTS (SELECT 1 FROM violations v INDEXED BY violations_record_idx
                                 WHERE v.inspection_id = s.inspectionId AND v.deleted_at IS NULL AND v.record_made = 1)), 0) AS n
     FROM report_scope s`,
  ).n;

  const decisions = get<Omit<ReportFigures['sanctions'], 'proposed'>>(
    `SELECT count(*) AS decisions, count(DISTINCT d.inspection_id) AS inspectionsDecided, coalesce(sum(d.amount), 0) AS amountDecided,
            coalesce(sum(d.paid = 1 AND coalesce(d.paid_on, '') <= @asOf), 0) AS paid,
            coalesce(sum(CASE WHEN d.paid = 1 AND coalesce(d.paid_on, '') <= @asOf THEN d.amount ELSE 0 END), 0) AS amountPaid
     FROM report_scope s JOIN sanction_decisions d ON d.inspection_id = s.inspectionId AND d.deleted_at IS NULL AND d.decided_on <= @asOf`,
  );

  // The latest verdict of each item in scope, by re-inspection date (then the last written).
  const checks = get<ReportFigures['commitmentChecks']>(
    `WITH v AS (
       SELECT ck.commitment_item_id AS itemId, ck.kept, ck.reinspection_id AS reinspectionId,
              row_number() OVER (PARTITION BY ck.commitment_item_id ORDER BY ri.inspection_date DESC, ck.updated_at DESC) AS k
       FROM report_scope s
       JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL
       JOIN commitment_items ci ON ci.commitment_id = c.id AND ci.deleted_at IS NULL
       JOIN commitment_checks ck ON ck.commitment_item_id = ci.id AND ck.deleted_at IS NULL
       JOIN inspections ri ON ri.id = ck.reinspection_id AND ri.deleted_at IS NULL AND ri.inspection_date <= @asOf)
     SELECT coalesce(sum(k = 1), 0) AS itemsVerified, coalesce(sum(k = 1 AND kept = 1), 0) AS kept, coalesce(sum(k = 1 AND kept = 0), 0) AS breached,
            count(DISTINCT reinspectionId) AS reinspections
     FROM v`,
  );

  return {
    followUp: { ...cases, interventionRate: rate(cases.intervened, cases.detected), interventionTarget: INTERVENTION_TARGET },
    minorsInHazardousWork: hazardous,
    craftVillage,
    inspectionsByTeam: { joint: teams.joint, singleAgency: teams.total - teams.joint },
    violationRecordsMade: records,
    sanctions: { proposed: inspectionsWithViolations, ...decisions },
    commitmentChecks: checks,
  };
}
