import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';

/** antd's built-in strings (table, pagination, pickers) for each UI language. */
export const ANTD_LOCALES = { vi: viVN, en: enUS } as const;

export function applyDateLocale(language: 'vi' | 'en'): void {
  dayjs.locale(language);
}

export const formatDateTime = (iso: string): string => dayjs(iso).format('DD/MM/YYYY HH:mm');
