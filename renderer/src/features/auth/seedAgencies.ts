import { v5 } from 'uuid';
import type { AgencyKind } from '../../../../shared/schemas/directory';

/**
 * The agencies every new data folder starts with (db/seed/agencies.ts DEFAULT_AGENCIES), offered
 * at first start before any database is open. Their ids are the seed's stable ids (db/ids.ts
 * stableId('agencies', 'seed', kind)); tests/unit/seed-agencies.test.ts holds both to the seed.
 */
const SEED_NAMESPACE = '6f1d3c52-8a0e-4f4b-9d57-2b3c8e1a7f10';

const SEEDED: { kind: AgencyKind; name: string }[] = [
  { kind: 'labour', name: 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)' },
  { kind: 'police', name: 'Công an tỉnh' },
  { kind: 'education', name: 'Sở Giáo dục và Đào tạo' },
  { kind: 'agriculture', name: 'Sở Nông nghiệp và Môi trường' },
  { kind: 'health', name: 'Sở Y tế' },
  { kind: 'trade_union', name: 'Liên đoàn Lao động tỉnh' },
  { kind: 'cooperative_alliance', name: 'Liên minh Hợp tác xã tỉnh' },
  { kind: 'business_association', name: 'Hiệp hội Doanh nghiệp tỉnh' },
  { kind: 'commune_committee', name: 'Ủy ban nhân dân xã, phường' },
];

export const seedAgencyId = (kind: AgencyKind): string => v5(['agencies', 'seed', kind].join('\u0000'), SEED_NAMESPACE);

export const SEED_AGENCIES: { id: string; name: string }[] = SEEDED.map((a) => ({ id: seedAgencyId(a.kind), name: a.name }));
