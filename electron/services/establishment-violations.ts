import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { inspections, minors, violationMinors, violations } from '../../db/schema';
import type { CommandOutput, CommandParsedInput } from '../../shared/commands';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { InspectionStatus } from '../../shared/schemas/inspection';
import { loadCatalogue } from './catalogue';

/**
 * The violations recorded at one establishment, across its inspections, newest visit first:
 * what the establishment's page lists. Children are counted, never named (a page about an
 * establishment is not a view of a child's record).
 */
export function establishmentViolations(db: Db, input: CommandParsedInput<'establishments.violations'>): CommandOutput<'establishments.violations'> {
  const rows = db
    .select({
      id: violations.id,
      inspectionId: violations.inspectionId,
      typeCode: violations.typeCode,
      proposedFine: violations.proposedFine,
      recordMade: violations.recordMade,
      inspectionDate: inspections.inspectionDate,
      inspectionStatus: inspections.status,
      catalogueVersion: inspections.catalogueVersion,
    })
    .from(violations)
    .innerJoin(inspections, eq(inspections.id, violations.inspectionId))
    .where(and(eq(inspections.establishmentId, input.id), isNull(inspections.deletedAt), isNull(violations.deletedAt)))
    .orderBy(desc(inspections.inspectionDate), asc(violations.typeCode))
    .all();
  if (rows.length === 0) return [];
  const children = new Map(
    db
      .select({ violationId: violationMinors.violationId, n: count() })
      .from(violationMinors)
      .innerJoin(minors, eq(minors.id, violationMinors.minorId))
      .where(and(inArray(violationMinors.violationId, rows.map((r) => r.id)), isNull(violationMinors.deletedAt), isNull(minors.deletedAt)))
      .groupBy(violationMinors.violationId)
      .all()
      .map((r) => [r.violationId, r.n]),
  );
  const catalogues = new Map<string, Catalogue>();
  const catalogue = (version: string) => {
    if (!catalogues.has(version)) catalogues.set(version, loadCatalogue(db, version));
    return catalogues.get(version)!;
  };
  return rows.map((r) => {
    const type = catalogue(r.catalogueVersion).violationTypes.find((t) => t.code === r.typeCode);
    return {
      id: r.id,
      inspectionId: r.inspectionId,
      inspectionDate: r.inspectionDate,
      inspectionStatus: r.inspectionStatus as InspectionStatus,
      typeCode: r.typeCode,
      title: type?.title ?? r.typeCode,
      legalReference: type?.legalReference ?? '',
      proposedFine: r.proposedFine,
      recordMade: r.recordMade,
      minorCount: children.get(r.id) ?? 0,
    };
  });
}
