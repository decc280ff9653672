import type { Db } from '../../../db/client';
import type { PlanDetail } from '../../../shared/schemas/plan';
import { placeName } from '../../documents/plan-labels';
import { getSettings } from '../settings';

/**
 * Where a paper is dated: the plan's place, else the province of the plan or of the
 * establishment, else the place name the unit gave at setup (never a dotted blank when known).
 */
export function documentPlace(db: Db, plan: PlanDetail | undefined, provinceName?: string): string {
  return plan?.plan.place?.trim() || placeName(plan?.plan.provinceName ?? provinceName, getSettings(db).placeName);
}
