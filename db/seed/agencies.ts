import type { AgencyKind } from '../../shared/schemas/directory';
import type { Db } from '../client';
import { stableId } from '../ids';
import { agencies } from '../schema';
import { insertRow, type WriteContext } from '../write-path';

/**
 * The usual members of a provincial joint team (Regulation 01/QCPH 2024 lists labour,
 * education, police, agriculture, trade union, cooperative alliance, business association).
 * Names reflect the 2025 reorganisation; users edit them to their province's names.
 */
export const DEFAULT_AGENCIES: { name: string; shortName: string; kind: AgencyKind }[] = [
  { name: 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)', shortName: 'SNV', kind: 'labour' },
  { name: 'Công an tỉnh', shortName: 'CA', kind: 'police' },
  { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', kind: 'education' },
  { name: 'Sở Nông nghiệp và Môi trường', shortName: 'SNNMT', kind: 'agriculture' },
  { name: 'Sở Y tế', shortName: 'SYT', kind: 'health' },
  { name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ', kind: 'trade_union' },
  { name: 'Liên minh Hợp tác xã tỉnh', shortName: 'LMHTX', kind: 'cooperative_alliance' },
  { name: 'Hiệp hội Doanh nghiệp tỉnh', shortName: 'HHDN', kind: 'business_association' },
  { name: 'Ủy ban nhân dân xã, phường', shortName: 'UBND xã', kind: 'commune_committee' },
];

/** Stable ids, so the teammates' laptops seed the same rows and a team exchange merges them. */
export function seedAgencies(db: Db, ctx: WriteContext): void {
  for (const a of DEFAULT_AGENCIES) insertRow(db, ctx, agencies, { id: stableId('agencies', 'seed', a.kind), ...a });
}
