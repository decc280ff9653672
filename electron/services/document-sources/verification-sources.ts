/**
 * The re-inspection minutes (Biên bản kiểm tra lại, issue 11): the re-inspection's record, the
 * inspection it follows and the verdicts on the commitment items, through the services.
 */
import type { Db } from '../../../db/client';
import type { DocumentKind } from '../../../shared/schemas/document';
import { CommandError } from '../../../shared/errors';
import { loadCatalogue } from '../catalogue';
import type { ServiceContext } from '../context';
import { getEstablishment } from '../establishments';
import { inspectionDetail } from '../inspections';
import { planDetail } from '../plans';
import { getVerification } from '../verification/checks';
import { buildReinspectionMinutes } from '../../documents/reinspection-document';
import { documentPlace } from './document-place';
import type { Builder } from './document-builder';

export const VERIFICATION_BUILDERS: Record<Extract<DocumentKind, 'reinspection_minutes'>, Builder> = {
  reinspection_minutes: (db: Db, id: string, { ctx }: { ctx: ServiceContext }) => {
    const verification = getVerification(db, { inspectionId: id }, ctx);
    if (!verification.followed) throw new CommandError('CONFLICT', 'Cuộc kiểm tra này không phải là cuộc kiểm tra lại việc thực hiện cam kết');
    const detail = inspectionDetail(db, id, ctx);
    const { establishment } = getEstablishment(db, { id: detail.inspection.establishmentId });
    const followedPlanId = inspectionDetail(db, verification.followed.id, ctx).inspection.planId;
    const plan = followedPlanId ? planDetail(db, followedPlanId) : undefined;
    const place = documentPlace(db, plan, establishment.provinceName);
    const data = {
      detail,
      establishment,
      plan,
      catalogue: loadCatalogue(db, detail.inspection.catalogueVersion),
      followed: { inspectionDate: verification.followed.inspectionDate, ...(verification.followed.number ? { number: verification.followed.number } : {}) },
      items: verification.items,
    };
    return {
      document: buildReinspectionMinutes(data, { place }),
      sourceKind: 'inspection',
      fileSubject: establishment.name,
      fileDate: detail.inspection.inspectionDate,
    };
  },
};
