import type { DuplicateReason, EstablishmentKind, Sector } from '../schemas/establishment';
import { labelInText } from './text';

/**
 * Kinds of establishment as the inspection documents name them. In running text the same
 * words start in lower case ("01 doanh nghiệp, 04 hộ gia đình"): `establishmentKindInText`.
 */
export const ESTABLISHMENT_KIND_LABELS: Record<EstablishmentKind, string> = {
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  cooperative_group: 'Tổ hợp tác',
  household_business: 'Hộ kinh doanh',
  household: 'Hộ gia đình',
  craft_village: 'Làng nghề',
  other: 'Cơ sở khác',
};

export const establishmentKindInText = (kind: EstablishmentKind): string => labelInText(ESTABLISHMENT_KIND_LABELS[kind]);

export const SECTOR_LABELS: Record<Sector, string> = {
  agriculture: 'Nông nghiệp',
  handicraft: 'Tiểu thủ công nghiệp',
  industry: 'Công nghiệp',
  construction: 'Xây dựng',
  services: 'Dịch vụ',
  other: 'Khác',
};

/** Report figures group establishments without a sector under `unspecified`. */
export const REPORT_SECTOR_LABELS: Record<Sector | 'unspecified', string> = { ...SECTOR_LABELS, unspecified: 'Chưa xác định' };

/** Why a saved establishment may duplicate another; each warning also carries its own sentence. */
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  same_tax_code: 'Trùng mã số thuế',
  same_name_in_commune: 'Trùng tên trong cùng xã/phường',
};
