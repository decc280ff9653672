import { randomFillSync } from 'node:crypto';
import { v5, v7 } from 'uuid';

const POOL_SIZE = 16 * 256;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** 16 random bytes from a pool refilled in bulk: one system call per 256 ids, not one per id. */
function randomBytes16(): Uint8Array {
  if (offset >= POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  offset += 16;
  return pool.subarray(offset - 16, offset);
}

/** Time-ordered text ids (UUIDv7), so rows from two laptops can be merged later. */
export const newId = (): string => v7({ random: randomBytes16() });

const NAMESPACE = '6f1d3c52-8a0e-4f4b-9d57-2b3c8e1a7f10';

/**
 * A deterministic id (UUIDv5) for a row that two laptops must create identically, e.g. one
 * checklist result per inspection and item: `stableId('checklist_results', inspectionId, itemCode)`.
 */
export const stableId = (table: string, ...key: string[]): string => v5([table, ...key].join('\u0000'), NAMESPACE);
