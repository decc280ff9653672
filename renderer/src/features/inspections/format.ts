import dayjs from 'dayjs';
import { toIsoDate } from '../plans/dates';

export const todayIso = (): string => toIsoDate(dayjs());

/** VND amounts are whole numbers written with dots between thousands, as on official documents. */
export const formatAmount = (amount: number): string => amount.toLocaleString('vi-VN');
