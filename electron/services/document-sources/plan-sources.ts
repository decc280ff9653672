import type { DocumentKind } from '../../../shared/schemas/document';
import type { PlanDetail } from '../../../shared/schemas/plan';
import { planDetail } from '../plans';
import type { Db } from '../../../db/client';
import { parentAgencyOf, planPaper } from '../../documents/plan-labels';
import { documentPlace } from './document-place';
import type { Builder } from './document-builder';
import { buildPlanDocument } from '../../documents/plan-document';
import { buildTeamDecisionDocument } from '../../documents/team-decision-document';

/** "12/KH-SNV" or, before it has a number, the plan's title. */
const planSubject = (detail: PlanDetail): string => detail.plan.number?.trim() || detail.plan.title;

function options(db: Db, detail: PlanDetail, date: string) {
  return { date, place: documentPlace(db, detail), parentAgency: parentAgencyOf(detail.plan.provinceName) };
}

export const PLAN_BUILDERS: Record<Extract<DocumentKind, 'plan' | 'team_decision'>, Builder> = {
  plan: (db, id, { date }) => {
    const detail = planDetail(db, id);
    return {
      document: buildPlanDocument(detail, options(db, detail, date)),
      number: detail.plan.number,
      sourceKind: 'plan',
      fileSubject: planSubject(detail),
      fileDate: planPaper(detail.plan).issueDate ?? date,
    };
  },
  team_decision: (db, id, { date }) => {
    const detail = planDetail(db, id);
    const paper = planPaper(detail.plan);
    return {
      document: buildTeamDecisionDocument(detail, options(db, detail, date)),
      number: paper.teamDecisionNumber,
      sourceKind: 'plan',
      fileSubject: paper.teamDecisionNumber ?? planSubject(detail),
      fileDate: paper.teamDecisionDate ?? date,
    };
  },
};
