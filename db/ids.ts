import { v5, v7 } from 'uuid';

/** Time-ordered text ids (UUIDv7), so rows from two laptops can be merged later. */
export const newId = (): string => v7();

const NAMESPACE = '6f1d3c52-8a0e-4f4b-9d57-2b3c8e1a7f10';

/**
 * A deterministic id (UUIDv5) for a row that two laptops must create identically, e.g. one
 * checklist result per inspection and item: `stableId('checklist_results', inspectionId, itemCode)`.
 */
export const stableId = (table: string, ...key: string[]): string => v5([table, ...key].join('\u0000'), NAMESPACE);
