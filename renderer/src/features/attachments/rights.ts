import type { AttachmentOwnerTable } from '../../../../shared/schemas/attachment';
import { useCan } from '../../ui/session';
import { useInspection } from '../inspections/queries';
import type { GalleryRights } from './AttachmentGallery';

/** Follow-up evidence, recorded after the visit: still added once the minutes are finalised. */
const FOLLOW_UP: ReadonlySet<AttachmentOwnerTable> = new Set(['commitment_items', 'case_visits']);

/**
 * What the signed-in user may do with a record's attachments, by the rules the service applies:
 * recorders write; the minutes' evidence is locked with the finalised minutes, follow-up
 * evidence is not; the annex choice needs the minutes open.
 */
export function useGalleryRights(inspectionId: string, ownerTable: AttachmentOwnerTable): GalleryRights & { lockedByMinutes: boolean } {
  const canRecord = useCan('attachments.add');
  const finalised = useInspection(inspectionId).data?.inspection.status === 'finalised';
  const canWrite = canRecord && (!finalised || FOLLOW_UP.has(ownerTable));
  return { canWrite, canAnnex: canRecord && !finalised, lockedByMinutes: canRecord && !canWrite };
}
