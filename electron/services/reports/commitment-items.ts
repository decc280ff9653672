import type { Db } from '../../../db/client';
import type { CommandOutput, CommandParsedInput } from '../../../shared/commands';
import type { CommitmentItem } from '../../../shared/schemas/inspection';
import { todayInVietnam, type ServiceContext } from '../context';
import { commitmentsAsOf, SETTLED_AS_OF } from './figures';
import { withMaterializedScope } from './scope';

interface ItemRow {
  id: string;
  content: string;
  deadline: string;
  status: CommitmentItem['status'];
  statusDate: string | null;
  note: string | null;
  asOfStatus: CommitmentItem['displayStatus'];
  commitmentId: string;
  signerName: string;
  inspectionId: string;
  inspectionDate: string;
  establishmentId: string;
  establishmentName: string;
}

/**
 * The commitment items behind a report's (and the dashboard's) commitment figures: the same
 * scope of inspections, each item judged on the same day by the same rule as `computeFigures`
 * (SETTLED_AS_OF: the latest verdict or status set on or before `asOf`; an unsettled item past
 * its deadline is overdue), so the commitments page opened from a figure lists exactly what it counted.
 */
export function commitmentItemsInScope(db: Db, input: CommandParsedInput<'reports.commitmentItems'>, ctx: ServiceContext): CommandOutput<'reports.commitmentItems'> {
  const asOf = commitmentsAsOf(input.period, todayInVietnam(ctx));
  const rows = withMaterializedScope(db, input, () =>
    db.$client
      .prepare(
        `SELECT ci.id, ci.content, ci.deadline, ci.status, ci.status_date AS statusDate, ci.note,
                coalesce(${SETTLED_AS_OF}, CASE WHEN ci.deadline < @asOf THEN 'overdue' ELSE 'open' END) AS asOfStatus,
                c.id AS commitmentId, c.signer_name AS signerName,
                s.inspectionId, s.inspectionDate, s.establishmentId, e.name AS establishmentName
         FROM report_scope s
         JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL
         JOIN commitment_items ci ON ci.commitment_id = c.id AND ci.deleted_at IS NULL
         JOIN establishments e ON e.id = s.establishmentId
         ORDER BY asOfStatus = 'overdue' DESC, ci.deadline, e.name_folded, ci.sort_order`,
      )
      .all({ asOf: asOf.date }) as ItemRow[],
  );
  return {
    asOf: asOf.date,
    asOfNote: asOf.note,
    items: rows.map((r) => ({
      item: {
        id: r.id,
        content: r.content,
        deadline: r.deadline,
        status: r.status,
        displayStatus: r.asOfStatus,
        statusDate: r.statusDate ?? undefined,
        note: r.note ?? undefined,
      },
      commitmentId: r.commitmentId,
      inspectionId: r.inspectionId,
      inspectionDate: r.inspectionDate,
      establishmentId: r.establishmentId,
      establishmentName: r.establishmentName,
      signerName: r.signerName,
    })),
  };
}
