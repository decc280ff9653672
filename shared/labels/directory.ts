import type { AgencyKind } from '../schemas/directory';

/** Member bodies of a joint team, by field (their names changed in 2025 and are kept per agency). */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  labour: 'Lao động, nội vụ',
  police: 'Công an',
  education: 'Giáo dục',
  agriculture: 'Nông nghiệp',
  health: 'Y tế',
  trade_union: 'Công đoàn',
  cooperative_alliance: 'Liên minh hợp tác xã',
  business_association: 'Hiệp hội doanh nghiệp',
  commune_committee: 'UBND cấp xã',
  other: 'Khác',
};
