import type { TFunction } from 'i18next';

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** dd/mm/yyyy HH:mm in Viet Nam (UTC+7), whatever the computer's time zone. */
export function formatVietnamTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const s = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * A stored value as a person reads it: nothing as "—", Có/Không, dates dd/mm/yyyy, amounts with
 * dots, lists joined. Row ids inside list items are left out (they mean nothing to a reader).
 */
export function formatValue(value: unknown, t: TFunction): string {
  if (isBlank(value)) return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    if (ISO_INSTANT.test(value)) return formatVietnamTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(v, t)).join(', ');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'id' && !isBlank(v))
      .map(([, v]) => formatValue(v, t));
    return parts.length > 0 ? parts.join(' · ') : '—';
  }
  return String(value);
}

/** A text key built at run time (enum labels); undefined when the resources lack it. */
export function dynamicText(t: TFunction, key: string): string | undefined {
  const text = (t as unknown as (k: string, o: { defaultValue: string }) => string)(key, { defaultValue: '' });
  return text === '' ? undefined : text;
}
