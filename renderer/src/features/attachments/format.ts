/** "2026-11-20T09:42:05" → "09:42 20/11/2026". */
export function formatTakenAt(takenAt: string): string {
  const [date = '', time = ''] = takenAt.split('T');
  const [y, m, d] = date.split('-');
  return `${time.slice(0, 5)} ${d}/${m}/${y}`.trim();
}
