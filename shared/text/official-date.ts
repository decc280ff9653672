/**
 * Date line of an official document (Decree 30/2020/NĐ-CP, Appendix I):
 * days below 10 and months 1–2 take a leading zero, other months do not,
 * e.g. "ngày 05 tháng 02 năm 2026", "ngày 05 tháng 3 năm 2026".
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Ngày không hợp lệ (cần YYYY-MM-DD): "${isoDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Ngày không tồn tại: "${isoDate}"`);
  }
  return { year, month, day };
}

/** "2026-03-05" → "ngày 05 tháng 3 năm 2026". */
export function formatOfficialDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** ("Bắc Ninh", "2026-03-05") → "Bắc Ninh, ngày 05 tháng 3 năm 2026". */
export function officialDateLine(place: string, isoDate: string): string {
  const name = place.trim();
  if (!name) throw new RangeError('Thiếu địa danh của văn bản');
  return `${name}, ${formatOfficialDate(isoDate)}`;
}
