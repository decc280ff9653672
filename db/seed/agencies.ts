import type { AgencyKind } from '../../shared/schemas/directory';
import type { Db } from '../client';
import { newId } from '../ids';

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

export function seedAgencies(db: Db, now: string): void {
  const insert = db.$client.prepare(
    "INSERT INTO agencies (id, name, short_name, kind, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'seed')",
  );
  for (const a of DEFAULT_AGENCIES) insert.run(newId(), a.name, a.shortName, a.kind, now, now);
}
