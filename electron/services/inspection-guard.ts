import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { establishments, inspections } from '../../db/schema';
import { CommandError } from '../../shared/errors';
import type { InspectionStatus } from '../../shared/schemas/inspection';
import { notFound } from './rows';

export interface InspectionHead {
  id: string;
  establishmentId: string;
  establishmentKind: string;
  inspectionDate: string;
  catalogueVersion: string;
  status: InspectionStatus;
  deletedAt: string | null;
  version: number;
}

export function inspectionHead(db: Db, id: string): InspectionHead {
  const byId = preparedQuery(db, 'inspections.head', () =>
    leanPrepared(db, db
      .select({
        id: inspections.id,
        establishmentId: inspections.establishmentId,
        // The kind frozen at finalisation, once there is one (an amendment keeps the record's fines).
        establishmentKind: sql<string>`coalesce(${inspections.frozenKind}, ${establishments.kind})`,
        inspectionDate: inspections.inspectionDate,
        catalogueVersion: inspections.catalogueVersion,
        status: inspections.status,
        deletedAt: inspections.deletedAt,
        version: inspections.version,
      })
      .from(inspections)
      .innerJoin(establishments, eq(establishments.id, inspections.establishmentId))
      .where(eq(inspections.id, sql.placeholder('id')))),
  );
  const row = byId.get({ id });
  return row ? { ...row, status: row.status as InspectionStatus } : notFound('cuộc kiểm tra');
}

/**
 * A finalised record is locked: corrections go through an amendment with a reason
 * (`inspections.amend`), which reopens it until it is finalised again.
 */
export function requireEditableInspection(db: Db, id: string): InspectionHead {
  const head = inspectionHead(db, id);
  if (head.deletedAt) throw new CommandError('CONFLICT', 'Cuộc kiểm tra đã bị xóa; hãy khôi phục trước khi sửa');
  if (head.status === 'finalised') {
    throw new CommandError('CONFLICT', 'Biên bản đã hoàn tất và bị khóa; muốn sửa, hãy lập bản sửa đổi và ghi rõ lý do');
  }
  return head;
}
