/**
 * A re-inspection (tái kiểm tra): a new inspection of the same establishment that names the
 * inspection whose commitments it verifies (`inspections.follows_inspection_id`). It is an
 * ordinary record otherwise (checklist, minors, violations, minutes), outside any plan.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
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

/** Re-inspections chain at most this deep (a re-inspection of a re-inspection …): a guard against a cycle. */
const MAX_CHAIN = 50;

export interface ChainLink {
  id: string;
  establishmentId: string;
  inspectionDate: string;
  number: string | null;
  status: string;
  followsInspectionId: string | null;
  deletedAt: string | null;
}

export function inspectionLink(db: Db, id: string): ChainLink | undefined {
  return db
    .select({
      id: inspections.id,
      establishmentId: inspections.establishmentId,
      inspectionDate: inspections.inspectionDate,
      number: inspections.number,
      status: inspections.status,
      followsInspectionId: inspections.followsInspectionId,
      deletedAt: inspections.deletedAt,
    })
    .from(inspections)
    .where(eq(inspections.id, id))
    .get();
}

/**
 * The inspections whose commitments a re-inspection verifies: the one it follows, and the ones
 * that one follows in turn (a breach found at a re-inspection is verified again at the next).
 */
export function followedChain(db: Db, reinspection: ChainLink): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>([reinspection.id]);
  let next = reinspection.followsInspectionId;
  while (next && !seen.has(next) && chain.length < MAX_CHAIN) {
    seen.add(next);
    const link = inspectionLink(db, next);
    if (!link) break;
    if (!link.deletedAt) chain.push(link);
    next = link.followsInspectionId;
  }
  return chain;
}

/** Live re-inspections that follow an inspection. */
export function reinspectionsOf(db: Db, inspectionId: string): { id: string; inspectionDate: string; status: string }[] {
  return db
    .select({ id: inspections.id, inspectionDate: inspections.inspectionDate, status: inspections.status })
    .from(inspections)
    .where(and(eq(inspections.followsInspectionId, inspectionId), isNull(inspections.deletedAt)))
    .orderBy(asc(inspections.inspectionDate), asc(inspections.id))
    .all();
}

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
