import { v7 } from 'uuid';

/** Time-ordered text ids (UUIDv7), so rows from two laptops can be merged later. */
export const newId = (): string => v7();
