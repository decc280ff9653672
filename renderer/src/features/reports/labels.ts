import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MINOR_AGE_BANDS } from '../../../../shared/minors/age';
import { ESTABLISHMENT_KINDS, SECTORS } from '../../../../shared/schemas/establishment';
import { COMMITMENT_DISPLAY_STATUSES, SEXES } from '../../../../shared/schemas/inspection';
import { PLAN_KINDS } from '../../../../shared/schemas/plan';

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/**
 * Vietnamese (or English) words for every code the report figures carry: the same keys as the
 * rest of the interface, whose Vietnamese words are the maps of shared/labels (so the page, the
 * dashboard's charts and the exported files say the same). An unknown code is shown as it is
 * rather than hidden, so a new value on the server is still visible.
 */
export function useReportLabels() {
  const { t } = useTranslation();
  return {
    inspectionKind: (kind: string) => (isOneOf(PLAN_KINDS, kind) ? t(`plans.kind.${kind}`) : kind),
    establishmentKind: (kind: string) => (isOneOf(ESTABLISHMENT_KINDS, kind) ? t(`establishment.kind.${kind}`) : kind),
    sector: (sector: string) =>
      isOneOf(SECTORS, sector) ? t(`establishment.sector.${sector}`) : sector === 'unspecified' ? t('reports.sectorUnspecified') : sector,
    ageBand: (band: string) => (isOneOf(MINOR_AGE_BANDS, band) ? t(`inspections.ageBand.${band}`) : band),
    sex: (sex: string) => (isOneOf(SEXES, sex) ? t(`inspections.sex.${sex}`) : sex),
    commitmentStatus: (status: string) => (isOneOf(COMMITMENT_DISPLAY_STATUSES, status) ? t(`inspections.itemStatus.${status}`) : status),
    /** "2026-03" → "Tháng 3/2026" */
    month: (month: string) => {
      const [year, mm] = month.split('-');
      return year && mm ? t('reports.month', { month: Number(mm), year }) : month;
    },
  };
}

export type ReportLabels = ReturnType<typeof useReportLabels>;

/** Whole đồng with dots between thousands, as on official documents: "1.234.000 đ". */
export const formatVnd = (amount: number): string => `${Math.round(amount).toLocaleString('vi-VN')} đ`;

export const formatCount = (count: number): string => count.toLocaleString('vi-VN');

/** "2026-06-30" → "30/06/2026" */
export const formatDay = (iso: string): string => dayjs(iso).format('DD/MM/YYYY');
