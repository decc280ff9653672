import type { Sector } from './schemas/establishment';

/** Vietnamese labels shared by the interface and the generated documents. */
export const SECTOR_LABELS_VI: Record<Sector, string> = {
  agriculture: 'Nông nghiệp',
  handicraft: 'Tiểu thủ công nghiệp',
  industry: 'Công nghiệp',
  construction: 'Xây dựng',
  services: 'Dịch vụ',
  other: 'Khác',
};

export const SEX_LABELS_VI = { male: 'Nam', female: 'Nữ' } as const;
