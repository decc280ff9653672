import type { AgeBand } from '../minors/age';

/**
 * The age bands in the terms of the Labour Code 2019 (Điều 143, 145, 146, 147): the words of
 * the minutes, the report, the record form, the dashboard and the exports alike.
 */
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under13: 'Chưa đủ 13 tuổi',
  '13to15': 'Từ đủ 13 đến chưa đủ 15 tuổi',
  '15to18': 'Từ đủ 15 đến chưa đủ 18 tuổi',
  adult: 'Từ đủ 18 tuổi trở lên',
};
