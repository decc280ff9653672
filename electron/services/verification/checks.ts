/**
 * Commitment verification at a re-inspection: one verdict per re-inspection and item (kept, or
 * breached with the evidence), stored in `commitment_checks` under a deterministic id, and the
 * item's status kept in step in the same transaction (the latest verdict by re-inspection date
 * decides it; with no verdict left the item is open again).
 *
 * Escalation ladder of a breach: 1st → reminder, 2nd → new inspection, 3rd and later → sanction
 * proposal, counting the breaches of the item and the earlier re-inspections of the same
 * establishment that found a breach (whichever is higher), so an establishment breaching item
 * after item climbs too. The user may choose another step.
 */
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stableId } from '../../../db/ids';
import { commitmentChecks, commitmentItems, commitments, establishments, inspections } from '../../../db/schema';
import { deleteRow, patchRow, upsertRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { ESCALATION_STEPS, type CommitmentCheck, type EscalationStep, type Verification, type VerificationItem } from '../../../shared/schemas/verification';
import { commitmentItemColumns, toCommitmentItem } from '../commitments';
import { todayInVietnam, type ServiceContext } from '../context';
import { requireEditableInspection } from '../inspection-guard';
import { notFound } from '../rows';
import { followedChain, inspectionLink, reinspectionsOf, type ChainLink } from './chain';

const checkId = (reinspectionId: string, itemId: string) => stableId('commitment_checks', reinspectionId, itemId);

/** The step for the n-th breach (1-based). */
export function escalationStep(n: number): EscalationStep {
  return ESCALATION_STEPS[Math.min(Math.max(n, 1), ESCALATION_STEPS.length) - 1]!;
}

type CheckRow = CommitmentCheck & { establishmentId: string };

/** Live verdicts on these items, by re-inspections that are not deleted, oldest first. */
function checksOf(db: Db, itemIds: string[]): CheckRow[] {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: commitmentChecks.id,
      reinspectionId: commitmentChecks.reinspectionId,
      commitmentItemId: commitmentChecks.commitmentItemId,
      kept: commitmentChecks.kept,
      evidence: commitmentChecks.evidence,
      nextStep: commitmentChecks.nextStep,
      checkedOn: inspections.inspectionDate,
      version: commitmentChecks.version,
      updatedAt: commitmentChecks.updatedAt,
      updatedBy: commitmentChecks.updatedBy,
      establishmentId: inspections.establishmentId,
    })
    .from(commitmentChecks)
    .innerJoin(inspections, eq(inspections.id, commitmentChecks.reinspectionId))
    .where(and(inArray(commitmentChecks.commitmentItemId, itemIds), isNull(commitmentChecks.deletedAt), isNull(inspections.deletedAt)))
    .orderBy(asc(inspections.inspectionDate), asc(commitmentChecks.updatedAt))
    .all()
    .map((r) => ({
      ...r,
      evidence: r.evidence ?? undefined,
      nextStep: (r.nextStep ?? undefined) as EscalationStep | undefined,
    }));
}

const publicCheck = ({ establishmentId: _e, ...check }: CheckRow): CommitmentCheck => check;

/** Earlier re-inspections of the establishment (not this one, not after it) that found a breach. */
function breachVisitsBefore(db: Db, establishmentId: string, reinspection: ChainLink): number {
  const rows = db
    .selectDistinct({ id: commitmentChecks.reinspectionId, date: inspections.inspectionDate })
    .from(commitmentChecks)
    .innerJoin(inspections, eq(inspections.id, commitmentChecks.reinspectionId))
    .where(
      and(
        eq(inspections.establishmentId, establishmentId),
        eq(commitmentChecks.kept, false),
        isNull(commitmentChecks.deletedAt),
        isNull(inspections.deletedAt),
        ne(commitmentChecks.reinspectionId, reinspection.id),
      ),
    )
    .all();
  return rows.filter((r) => r.date <= reinspection.inspectionDate).length;
}

interface ItemRow {
  id: string;
  commitmentId: string;
  content: string;
  deadline: string;
  status: string;
  statusDate: string | null;
  note: string | null;
  sortOrder: number;
  inspectionId: string;
  inspectionDate: string;
  signerName: string;
}

function itemsOf(db: Db, inspectionIds: string[]): ItemRow[] {
  if (inspectionIds.length === 0) return [];
  return db
    .select({
      ...commitmentItemColumns,
      sortOrder: commitmentItems.sortOrder,
      inspectionId: commitments.inspectionId,
      inspectionDate: inspections.inspectionDate,
      signerName: commitments.signerName,
    })
    .from(commitmentItems)
    .innerJoin(commitments, eq(commitments.id, commitmentItems.commitmentId))
    .innerJoin(inspections, eq(inspections.id, commitments.inspectionId))
    .where(and(inArray(commitments.inspectionId, inspectionIds), isNull(commitments.deletedAt), isNull(commitmentItems.deletedAt)))
    .orderBy(asc(inspections.inspectionDate), asc(commitments.createdAt), asc(commitmentItems.sortOrder))
    .all();
}

function verificationItems(db: Db, reinspection: ChainLink, chain: ChainLink[], today: string): VerificationItem[] {
  const items = itemsOf(
    db,
    chain.map((c) => c.id),
  );
  const checks = checksOf(
    db,
    items.map((i) => i.id),
  );
  const visits = breachVisitsBefore(db, reinspection.establishmentId, reinspection);
  return items.map((item) => {
    const own = checks.filter((c) => c.commitmentItemId === item.id);
    const check = own.find((c) => c.reinspectionId === reinspection.id);
    const earlier = own.filter((c) => c.reinspectionId !== reinspection.id);
    const breachesBefore = earlier.filter((c) => !c.kept && c.checkedOn <= reinspection.inspectionDate).length;
    return {
      item: toCommitmentItem(item, today),
      commitmentId: item.commitmentId,
      inspectionId: item.inspectionId,
      inspectionDate: item.inspectionDate,
      signerName: item.signerName,
      ...(check ? { check: publicCheck(check) } : {}),
      earlier: earlier.map(publicCheck),
      breachesBefore,
      proposedStep: escalationStep(Math.max(breachesBefore, visits) + 1),
    };
  });
}

function requireLink(db: Db, id: string): ChainLink {
  const link = inspectionLink(db, id);
  if (!link || link.deletedAt) notFound('cuộc kiểm tra');
  return link;
}

export function getVerification(db: Db, input: CommandParsedInput<'verification.get'>, ctx: ServiceContext): Verification {
  const link = requireLink(db, input.inspectionId);
  const chain = followedChain(db, link);
  const followed = chain[0];
  const establishment = db.select({ name: establishments.name }).from(establishments).where(eq(establishments.id, link.establishmentId)).get();
  return {
    inspectionId: link.id,
    followsInspectionId: link.followsInspectionId,
    ...(followed ? { followed: { id: followed.id, inspectionDate: followed.inspectionDate, ...(followed.number ? { number: followed.number } : {}), status: followed.status } } : {}),
    establishmentId: link.establishmentId,
    establishmentName: establishment?.name ?? '',
    inspectionDate: link.inspectionDate,
    editable: !!link.followsInspectionId && link.status !== 'finalised',
    items: link.followsInspectionId ? verificationItems(db, link, chain, todayInVietnam(ctx)) : [],
    reinspections: reinspectionsOf(db, link.id),
  };
}

/** The item's status as its latest verdict says (by re-inspection date), or open with none. */
function syncItemStatus(db: Db, ctx: ServiceContext, itemId: string, removedEvidence?: string): void {
  const latest = checksOf(db, [itemId]).at(-1);
  if (latest) {
    patchRow(db, ctx, commitmentItems, itemId, { status: latest.kept ? 'fulfilled' : 'breached', statusDate: latest.checkedOn, note: latest.evidence ?? null });
    return;
  }
  const item = db.select({ note: commitmentItems.note }).from(commitmentItems).where(eq(commitmentItems.id, itemId)).get();
  const note = item?.note && item.note === removedEvidence ? null : undefined;
  patchRow(db, ctx, commitmentItems, itemId, { status: 'open', statusDate: null, ...(note === null ? { note } : {}) });
}

/**
 * After a re-inspection is deleted or restored: the items it gave a verdict on take the status
 * their latest remaining verdict says (a deleted re-inspection's verdicts no longer count).
 */
export function syncChecksOfReinspection(db: Db, ctx: ServiceContext, reinspectionId: string): void {
  const items = db
    .select({ itemId: commitmentChecks.commitmentItemId, evidence: commitmentChecks.evidence })
    .from(commitmentChecks)
    .where(and(eq(commitmentChecks.reinspectionId, reinspectionId), isNull(commitmentChecks.deletedAt)))
    .all();
  for (const { itemId, evidence } of items) syncItemStatus(db, ctx, itemId, evidence ?? undefined);
}

function requireReinspection(db: Db, id: string): { link: ChainLink; chain: ChainLink[] } {
  requireEditableInspection(db, id);
  const link = requireLink(db, id);
  if (!link.followsInspectionId) {
    throw new CommandError('CONFLICT', 'Cuộc kiểm tra này không phải là cuộc kiểm tra lại việc thực hiện cam kết');
  }
  return { link, chain: followedChain(db, link) };
}

function itemAfter(db: Db, ctx: ServiceContext, link: ChainLink, chain: ChainLink[], itemId: string): VerificationItem {
  return verificationItems(db, link, chain, todayInVietnam(ctx)).find((i) => i.item.id === itemId)!;
}

export function recordCheck(db: Db, input: CommandParsedInput<'verification.record'>, ctx: ServiceContext): VerificationItem {
  return writeTx(db, () => {
    const { link, chain } = requireReinspection(db, input.reinspectionId);
    const before = verificationItems(db, link, chain, todayInVietnam(ctx)).find((i) => i.item.id === input.commitmentItemId);
    if (!before) {
      throw new CommandError('VALIDATION', 'Nội dung cam kết không thuộc cuộc kiểm tra được kiểm tra lại', [
        { path: ['commitmentItemId'], message: 'Không thuộc cuộc kiểm tra được kiểm tra lại' },
      ]);
    }
    upsertRow(db, ctx, commitmentChecks, {
      id: checkId(link.id, input.commitmentItemId),
      reinspectionId: link.id,
      commitmentItemId: input.commitmentItemId,
      kept: input.kept,
      evidence: input.evidence ?? null,
      nextStep: input.kept ? null : (input.nextStep ?? before.proposedStep),
    });
    syncItemStatus(db, ctx, input.commitmentItemId);
    return itemAfter(db, ctx, link, chain, input.commitmentItemId);
  });
}

export function removeCheck(db: Db, input: CommandParsedInput<'verification.remove'>, ctx: ServiceContext): VerificationItem {
  return writeTx(db, () => {
    const { link, chain } = requireReinspection(db, input.reinspectionId);
    const id = checkId(link.id, input.commitmentItemId);
    const row = db.select({ deletedAt: commitmentChecks.deletedAt, evidence: commitmentChecks.evidence }).from(commitmentChecks).where(eq(commitmentChecks.id, id)).get();
    if (!row || row.deletedAt) notFound('kết quả kiểm tra lại nội dung cam kết');
    deleteRow(db, ctx, commitmentChecks, id);
    syncItemStatus(db, ctx, input.commitmentItemId, row.evidence ?? undefined);
    return itemAfter(db, ctx, link, chain, input.commitmentItemId);
  });
}
