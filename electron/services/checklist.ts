import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stableId } from '../../db/ids';
import { checklistResults, minors, violationMinors, violations } from '../../db/schema';
import { upsertRow } from '../../db/write-path';
import { breachedGroups } from '../../shared/catalogue/links';
import type { Catalogue, ChecklistItem } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError, type FieldIssue } from '../../shared/errors';
import { CHECK_RESULT_LABELS } from '../../shared/labels/inspection';
import { MINOR_AGE_BANDS, type MinorAgeBand } from '../../shared/minors/age';
import type { CheckResult, InspectionDetail } from '../../shared/schemas/inspection';
import type { ServiceContext } from './context';

/**
 * The checklist of an inspection and its link with the violations recorded (issue 10): a
 * violation marks "Vi phạm" the checklist items it breaches (shared/catalogue/links.ts), an item
 * so marked cannot be set to anything else while the violation stands, and a record is finalised
 * only when every item that applies has a result.
 */

type Stored = { result: CheckResult; note: string | null };

function storedResults(db: Db, inspectionId: string): Map<string, Stored> {
  const rows = db
    .select({ itemCode: checklistResults.itemCode, result: checklistResults.result, note: checklistResults.note })
    .from(checklistResults)
    .where(and(eq(checklistResults.inspectionId, inspectionId), isNull(checklistResults.deletedAt)))
    .all();
  return new Map(rows.map((r) => [r.itemCode, { result: r.result as CheckResult, note: r.note }]));
}

const isMinorBand = (band: string): band is MinorAgeBand => (MINOR_AGE_BANDS as readonly string[]).includes(band);

/** Bands of the live minors of the inspection (adults left out). */
function minorBands(db: Db, inspectionId: string): MinorAgeBand[] {
  const rows = db
    .selectDistinct({ band: minors.ageBand })
    .from(minors)
    .where(and(eq(minors.inspectionId, inspectionId), isNull(minors.deletedAt)))
    .all();
  return rows.map((r) => r.band).filter(isMinorBand);
}

export interface ViolationBreach {
  violationId: string;
  typeCode: string;
  /** Alternatives per group: one item of each group carries the breach. */
  groups: string[][];
}

/**
 * The groups of items each standing violation breaches: by the bands of the minors it concerns,
 * or of every minor of the inspection when it names none.
 */
export function violationBreaches(db: Db, inspectionId: string, catalogue: Catalogue, only?: string[]): ViolationBreach[] {
  const rows = db
    .select({ id: violations.id, typeCode: violations.typeCode })
    .from(violations)
    .where(and(eq(violations.inspectionId, inspectionId), isNull(violations.deletedAt), only ? inArray(violations.id, only) : undefined))
    .all();
  if (rows.length === 0) return [];
  const links = db
    .select({ violationId: violationMinors.violationId, band: minors.ageBand })
    .from(violationMinors)
    .innerJoin(minors, eq(minors.id, violationMinors.minorId))
    .where(and(inArray(violationMinors.violationId, rows.map((r) => r.id)), isNull(violationMinors.deletedAt), isNull(minors.deletedAt)))
    .all();
  const all = minorBands(db, inspectionId);
  return rows.map((v) => {
    const own = [...new Set(links.filter((l) => l.violationId === v.id).map((l) => l.band))].filter(isMinorBand);
    return { violationId: v.id, typeCode: v.typeCode, groups: breachedGroups(catalogue, v.typeCode, own.length > 0 ? own : all) };
  });
}

/** Items marked "Vi phạm" on account of each violation (its groups' items that carry the mark). */
export function itemsMarkedFor(breaches: ViolationBreach[], results: Map<string, { result: CheckResult }>): Map<string, string[]> {
  return new Map(breaches.map((b) => [b.violationId, [...new Set(b.groups.flat())].filter((code) => results.get(code)?.result === 'violation')]));
}

/** For each standing violation, the checklist items marked "Vi phạm" on its account. */
export function markedItemsByViolation(db: Db, inspectionId: string, catalogue: Catalogue): Map<string, string[]> {
  return itemsMarkedFor(violationBreaches(db, inspectionId, catalogue), storedResults(db, inspectionId));
}

/** Checklist rows of the inspection's catalogue version; an item applies when one of the minors found is in its age bands. */
export function checklistRows(db: Db, inspectionId: string, catalogue: Catalogue, bands: ReadonlySet<string>): InspectionDetail['checklist'] {
  const results = storedResults(db, inspectionId);
  const marked = itemsMarkedFor(violationBreaches(db, inspectionId, catalogue), results);
  const linkedTo = new Map<string, string[]>();
  for (const [violationId, codes] of marked) for (const code of codes) linkedTo.set(code, [...(linkedTo.get(code) ?? []), violationId]);
  const minorBandsFound = [...bands].filter(isMinorBand);
  return catalogue.checklistItems.map((item) => {
    const stored = results.get(item.code);
    return {
      itemCode: item.code,
      title: item.title,
      legalReference: item.legalReference,
      verified: item.verified,
      applies: minorBandsFound.length === 0 || item.ageBands.some((b) => minorBandsFound.includes(b)),
      result: stored?.result ?? 'not_checked',
      note: stored?.note ?? undefined,
      violationIds: linkedTo.get(item.code) ?? [],
    };
  });
}

function setResult(db: Db, ctx: ServiceContext, inspectionId: string, itemCode: string, result: CheckResult, note: string | null | undefined): void {
  upsertRow(db, ctx, checklistResults, { id: stableId('checklist_results', inspectionId, itemCode), inspectionId, itemCode, result, ...(note !== undefined ? { note } : {}) });
}

/** Marks "Vi phạm" one item (the first) of every group of a standing violation that has none marked. */
export function markBreaches(db: Db, ctx: ServiceContext, inspectionId: string, catalogue: Catalogue): void {
  const results = storedResults(db, inspectionId);
  for (const breach of violationBreaches(db, inspectionId, catalogue)) {
    for (const group of breach.groups) {
      if (group.some((code) => results.get(code)?.result === 'violation')) continue;
      setResult(db, ctx, inspectionId, group[0]!, 'violation', undefined);
      results.set(group[0]!, { result: 'violation', note: results.get(group[0]!)?.note ?? null });
    }
  }
}

/**
 * After a violation is removed or changed: the items it had marked that no standing violation
 * needs any more go back to "Chưa kiểm tra", so the team assesses them again before finalising.
 */
export function releaseBreaches(db: Db, ctx: ServiceContext, inspectionId: string, catalogue: Catalogue, before: ViolationBreach[]): void {
  const results = storedResults(db, inspectionId);
  const still = new Set(violationBreaches(db, inspectionId, catalogue).flatMap((b) => b.groups.flat()));
  for (const code of new Set(before.flatMap((b) => b.groups.flat()))) {
    if (!still.has(code) && results.get(code)?.result === 'violation') setResult(db, ctx, inspectionId, code, 'not_checked', undefined);
  }
}

const shortTitle = (item: ChecklistItem | undefined) => {
  const title = item?.title ?? '';
  return title.length > 80 ? `${title.slice(0, 79).trimEnd()}…` : title;
};

/**
 * Writes the results sent (one row per inspection and item, deterministic id). An item a standing
 * violation has marked "Vi phạm" is not set to another result while the violation stands (unless
 * another item of the same group takes the mark in the same change).
 */
export function writeChecklist(
  db: Db,
  ctx: ServiceContext,
  inspectionId: string,
  catalogue: Catalogue,
  items: CommandParsedInput<'inspections.setChecklist'>['items'],
  typeSummary: (code: string) => string,
): void {
  const known = new Map(catalogue.checklistItems.map((i) => [i.code, i]));
  items.forEach((item, i) => {
    if (!known.has(item.itemCode)) {
      throw new CommandError('VALIDATION', `Mục kiểm tra ${item.itemCode} không có trong danh mục`, [{ path: ['items', i, 'itemCode'], message: 'Không có trong danh mục' }]);
    }
  });
  const after = storedResults(db, inspectionId);
  for (const item of items) after.set(item.itemCode, { result: item.result, note: item.note ?? null });
  const issues: FieldIssue[] = [];
  for (const breach of violationBreaches(db, inspectionId, catalogue)) {
    for (const group of breach.groups) {
      if (group.some((code) => after.get(code)?.result === 'violation')) continue;
      items.forEach((item, i) => {
        if (!group.includes(item.itemCode)) return;
        const message =
          `Nội dung ${item.itemCode} («${shortTitle(known.get(item.itemCode))}») gắn với hành vi vi phạm đã ghi nhận ` +
          `«${typeSummary(breach.typeCode)}»: không thể ghi «${CHECK_RESULT_LABELS[item.result]}» khi hành vi vi phạm này còn trong biên bản; sửa hoặc xóa hành vi vi phạm trước`;
        issues.push({ path: ['items', i, 'result'], message });
      });
    }
  }
  if (issues.length > 0) throw new CommandError('VALIDATION', issues[0]!.message, issues);
  for (const item of items) setResult(db, ctx, inspectionId, item.itemCode, item.result, item.note ?? null);
}

/** Items that apply and have no result yet: a record is not finalised with them. */
export function unassessedItems(checklist: InspectionDetail['checklist']): FieldIssue[] {
  const open = checklist.filter((row) => row.applies && row.result === 'not_checked');
  if (open.length === 0) return [];
  const shown = open
    .slice(0, 8)
    .map((row) => row.itemCode)
    .join(', ');
  const more = open.length > 8 ? ` và ${open.length - 8} nội dung khác` : '';
  const message = `Còn ${open.length} nội dung kiểm tra chưa đánh giá (${shown}${more}): ghi «${CHECK_RESULT_LABELS.compliant}», «${CHECK_RESULT_LABELS.violation}» hoặc «${CHECK_RESULT_LABELS.not_applicable}» cho từng nội dung trước khi hoàn tất biên bản`;
  return [{ path: ['checklist'], message }];
}
