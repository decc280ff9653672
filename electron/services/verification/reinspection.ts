/**
 * A re-inspection (tái kiểm tra): a new inspection of the same establishment that names the
 * inspection whose commitments it verifies (`inspections.follows_inspection_id`). It is an
 * ordinary record otherwise (checklist, minors, violations, minutes), outside any plan.
 */
import type { Db } from '../../../db/client';
import { inspections } from '../../../db/schema';
import { patchRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { InspectionCreateInput, type InspectionDetail } from '../../../shared/schemas/inspection';
import type { ServiceContext } from '../context';
import { inspectionHead } from '../inspection-guard';
import { createInspection, inspectionDetail } from '../inspections';
import { notFound } from '../rows';

/** The team and representatives of the first inspection are proposed again; everything else starts empty. */
export function startReinspection(db: Db, input: CommandParsedInput<'inspections.startReinspection'>, ctx: ServiceContext): InspectionDetail {
  return writeTx(db, () => {
    const first = inspectionHead(db, input.followsInspectionId);
    if (first.deletedAt) notFound('cuộc kiểm tra');
    if (first.status === 'draft') {
      throw new CommandError('CONFLICT', 'Biên bản cuộc kiểm tra trước chưa hoàn tất: chỉ kiểm tra lại việc thực hiện cam kết sau khi biên bản đã hoàn tất');
    }
    if (input.inspectionDate < first.inspectionDate) {
      throw new CommandError('VALIDATION', 'Ngày kiểm tra lại không được trước ngày kiểm tra lần trước', [
        { path: ['inspectionDate'], message: 'Không được trước ngày kiểm tra lần trước' },
      ]);
    }
    const before = inspectionDetail(db, first.id, ctx).inspection;
    const team = input.teamPresent ?? before.teamPresent.map((m) => ({ officialId: m.officialId, role: m.role }));
    const created = createInspection(
      db,
      InspectionCreateInput.parse({
        establishmentId: first.establishmentId,
        inspectionDate: input.inspectionDate,
        teamPresent: team,
        representatives: before.representatives.map(({ id: _id, ...person }) => person),
      }),
      ctx,
    );
    patchRow(db, ctx, inspections, created.inspection.id, { followsInspectionId: first.id });
    return inspectionDetail(db, created.inspection.id, ctx);
  });
}
