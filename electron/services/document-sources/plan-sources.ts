import type { DocumentKind } from '../../../shared/schemas/document';
import { planDetail } from '../plans';
import { parentAgencyOf, placeName } from '../../documents/plan-labels';
import type { Builder } from './document-builder';
import { buildPlanDocument } from '../../documents/plan-document';
import { buildTeamDecisionDocument } from '../../documents/team-decision-document';

export const PLAN_BUILDERS: Record<Extract<DocumentKind, 'plan' | 'team_decision'>, Builder> = {
  plan: (db, id, { date }) => {
    const detail = planDetail(db, id);
    const place = detail.plan.place ?? placeName(detail.plan.provinceName);
    return { document: buildPlanDocument(detail, { date, place, parentAgency: parentAgencyOf(detail.plan.provinceName) }), number: detail.plan.number, sourceKind: 'plan', fileStem: `ke-hoach-${detail.plan.number ?? 'du-thao'}` };
  },
  team_decision: (db, id, { date }) => {
    const detail = planDetail(db, id);
    const place = detail.plan.place ?? placeName(detail.plan.provinceName);
    return { document: buildTeamDecisionDocument(detail, { date, place, parentAgency: parentAgencyOf(detail.plan.provinceName) }), sourceKind: 'plan', fileStem: `quyet-dinh-thanh-lap-doan-${detail.plan.number ?? 'du-thao'}` };
  },
};
