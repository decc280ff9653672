import type { ReactNode } from 'react';
import { foldVietnamese } from '../../../shared/text/fold';

/** Select search that ignores Vietnamese marks: "ha noi" finds "Hà Nội", "duc" finds "Đức". */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: ReactNode }): boolean =>
    foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
};
