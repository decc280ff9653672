import dayjs from 'dayjs';

/** { time: "HH:mm", date: "dd/mm/yyyy" } of an instant, in the laptop's time (Viet Nam). */
export const formatInstant = (iso: string) => ({ time: dayjs(iso).format('HH:mm'), date: dayjs(iso).format('DD/MM/YYYY') });
