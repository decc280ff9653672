/**
 * Loads an inspection record through the services and hands it to the document builders: the
 * minutes, the employer's commitment and the administrative-violation record (MBB01). The
 * source record is the inspection in all three cases.
 */
import type { Db } from '../../../db/client';
import type { DocumentKind } from '../../../shared/schemas/document';
import { minutesAnnexes } from '../attachments/attachments';
import { loadCatalogue } from '../catalogue';
import type { ServiceContext } from '../context';
import { getEstablishment } from '../establishments';
import { inspectionDetail } from '../inspections';
import { planDetail } from '../plans';
import { buildCommitmentDocument } from '../../documents/commitment-document';
import { buildInspectionMinutes } from '../../documents/inspection-minutes-document';
import { minutesNumber, type InspectionDocumentData } from '../../documents/inspection-labels';
import { documentPlace } from './document-place';
import type { Builder } from './document-builder';
import { buildViolationRecord } from '../../documents/violation-record-document';

function loadInspection(db: Db, id: string, ctx: ServiceContext): { data: InspectionDocumentData; place: string } {
  const detail = inspectionDetail(db, id, ctx);
  const { establishment } = getEstablishment(db, { id: detail.inspection.establishmentId });
  const plan = detail.inspection.planId ? planDetail(db, detail.inspection.planId) : undefined;
  const catalogue = loadCatalogue(db, detail.inspection.catalogueVersion);
  const place = documentPlace(db, plan, establishment.provinceName);
  return { data: { detail, establishment, plan, catalogue }, place };
}

export const INSPECTION_BUILDERS: Record<Extract<DocumentKind, 'inspection_minutes' | 'commitment' | 'violation_record'>, Builder> = {
  inspection_minutes: (db, id, { childNames, ctx }) => {
    const { data, place } = loadInspection(db, id, ctx);
    return {
      document: buildInspectionMinutes(data, { place, childNames, annexes: minutesAnnexes(db, id, ctx) }),
      number: minutesNumber(data.detail.inspection.number),
      sourceKind: 'inspection',
      fileSubject: data.establishment.name,
      fileDate: data.detail.inspection.inspectionDate,
    };
  },
  commitment: (db, id, { childNames, ctx }) => {
    const { data, place } = loadInspection(db, id, ctx);
    return {
      document: buildCommitmentDocument(data, { place, childNames }),
      sourceKind: 'inspection',
      fileSubject: data.establishment.name,
      fileDate: data.detail.commitments.map((c) => c.signedDate).sort().at(-1) ?? data.detail.inspection.inspectionDate,
    };
  },
  violation_record: (db, id, { childNames, ctx }) => {
    const { data, place } = loadInspection(db, id, ctx);
    return {
      document: buildViolationRecord(data, { place, childNames }),
      sourceKind: 'inspection',
      fileSubject: data.establishment.name,
      fileDate: data.detail.inspection.inspectionDate,
    };
  },
};
