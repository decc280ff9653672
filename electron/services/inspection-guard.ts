import type { Db } from '../../db/client';
import { CommandError } from '../../shared/errors';
import { notFound } from './rows';

export interface InspectionHead {
  id: string;
  establishmentId: string;
  establishmentKind: string;
  inspectionDate: string;
  catalogueVersion: string;
  status: 'draft' | 'finalised' | 'amending';
  deletedAt: string | null;
}

export function inspectionHead(db: Db, id: string): InspectionHead {
  const row = db.$client
    .prepare(
      `SELECT i.id, i.establishment_id AS establishmentId, e.kind AS establishmentKind, i.inspection_date AS inspectionDate,
              i.catalogue_version AS catalogueVersion, i.status, i.deleted_at AS deletedAt
       FROM inspections i JOIN establishments e ON e.id = i.establishment_id WHERE i.id = ?`,
    )
    .get(id) as InspectionHead | undefined;
  return row ?? notFound('cuộc kiểm tra');
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
