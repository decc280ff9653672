import { useQuery } from '@tanstack/react-query';
import type { AttachmentOwnerTable } from '../../../../shared/schemas/attachment';
import { call } from '../../api';

/** Every query of attachments starts with this key: a change refreshes them all. */
export const ATTACHMENTS = ['attachments'] as const;

export interface Owner {
  ownerTable: AttachmentOwnerTable;
  ownerId: string;
}

export const useAttachments = (owner: Owner, includeDeleted: boolean, enabled = true) =>
  useQuery({
    queryKey: [...ATTACHMENTS, 'owner', owner.ownerTable, owner.ownerId, includeDeleted],
    queryFn: () => call('attachments.list', { ...owner, includeDeleted }),
    enabled,
  });

/** Every live attachment of an inspection's records (counts on the buttons, the annex choice). */
export const useInspectionAttachments = (inspectionId: string) =>
  useQuery({ queryKey: [...ATTACHMENTS, 'inspection', inspectionId], queryFn: () => call('attachments.ofInspection', { inspectionId }) });

/** A stored file never changes under its id and hash: thumbnails are kept for the session. */
export const useThumbnail = (id: string, hash: string, enabled = true) =>
  useQuery({
    queryKey: ['attachment-files', 'thumb', id, hash],
    queryFn: async () => `data:image/jpeg;base64,${(await call('attachments.thumbnail', { id })).base64}`,
    staleTime: Infinity,
    enabled,
  });
