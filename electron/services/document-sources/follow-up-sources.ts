/**
 * The papers of a follow-up case (issue 11): the referral letter (source: the referral) and the
 * follow-up record (source: the case). Children are named by initials unless the user chose full
 * names: that is a child-identity output, for leaders only, logged as a view of the child's record.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { caseReferrals } from '../../../db/schema';
import { CommandError } from '../../../shared/errors';
import type { DocumentKind } from '../../../shared/schemas/document';
import { LEADERS } from '../../../shared/schemas/user';
import { buildFollowUpRecord, buildReferralLetter, type FollowUpPaperData } from '../../documents/follow-up-documents';
import { minutesNumber, teamParentAgency } from '../../documents/inspection-labels';
import { documentPlace } from './document-place';
import { logChildView } from '../child-access';
import type { ServiceContext } from '../context';
import { getEstablishment } from '../establishments';
import { caseDetail, rowMappers } from '../follow-up/cases';
import { inspectionDetail } from '../inspections';
import { planDetail } from '../plans';
import { notFound } from '../rows';
import type { BuildOptions, Builder } from './document-builder';

function paperData(db: Db, caseId: string, { date, childNames, ctx }: BuildOptions): FollowUpPaperData {
  if (childNames === 'full' && !(LEADERS as readonly string[]).includes(ctx.role)) {
    throw new CommandError('FORBIDDEN', 'Chỉ lãnh đạo được in họ tên đầy đủ của trẻ em; hãy chọn tên viết tắt');
  }
  const detail = caseDetail(db, caseId, ctx);
  const inspection = inspectionDetail(db, detail.inspectionId, ctx as ServiceContext);
  const plan = inspection.inspection.planId ? planDetail(db, inspection.inspection.planId) : undefined;
  const { establishment } = getEstablishment(db, { id: inspection.inspection.establishmentId });
  const leader = inspection.teamPresentNames.find((m) => m.role === 'leader');
  const parentAgency = teamParentAgency(plan);
  if (childNames === 'full') logChildView(db, ctx, { inspectionId: detail.inspectionId, count: 1, via: 'case' });
  const number = minutesNumber(inspection.inspection.number);
  return {
    case: detail,
    inspection: { date: inspection.inspection.inspectionDate, ...(number ? { number } : {}), ...(leader ? { leaderName: leader.fullName } : {}) },
    ...(parentAgency ? { parentAgency } : {}),
    place: documentPlace(db, plan, establishment.provinceName),
    date,
    childNames,
  };
}

export const FOLLOW_UP_BUILDERS: Record<Extract<DocumentKind, 'case_referral' | 'case_follow_up'>, Builder> = {
  case_referral: (db, referralId, options) => {
    const row = db.select().from(caseReferrals).where(eq(caseReferrals.id, referralId)).get();
    if (!row || row.deletedAt) notFound('việc chuyển gửi');
    const data = paperData(db, row.caseId, options);
    return {
      document: buildReferralLetter(data, rowMappers.toReferral(row)),
      sourceKind: 'case_referral',
      fileSubject: `${data.case.child.initials} - ${row.agencyName}`,
      fileDate: row.referredOn,
    };
  },
  case_follow_up: (db, caseId, options) => {
    const data = paperData(db, caseId, options);
    return {
      document: buildFollowUpRecord(data),
      sourceKind: 'follow_up_case',
      fileSubject: `${data.case.child.initials} - ${data.case.establishmentName}`,
      fileDate: options.date,
    };
  },
};
