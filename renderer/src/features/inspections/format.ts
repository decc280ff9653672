import { vietnamDayOf } from '../../../../shared/dates/vietnam-day';

/** Today in Viet Nam, the day the services count with, whatever the laptop's time zone. */
export const todayIso = (): string => vietnamDayOf();

/** VND amounts are whole numbers written with dots between thousands, as on official documents. */
export const formatAmount = (amount: number): string => amount.toLocaleString('vi-VN');
