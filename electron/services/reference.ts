import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { communes, legacyProvinces, provinces } from '../../db/schema';

const collator = new Intl.Collator('vi');
const byName = <T extends { name: string }>(rows: T[]): T[] => rows.sort((a, b) => collator.compare(a.name, b.name));

export const listProvinces = (db: Db) => byName(db.select({ code: provinces.code, name: provinces.name, kind: provinces.kind }).from(provinces).all());

export const listCommunes = (db: Db, input: { provinceCode: string }) =>
  byName(
    db
      .select({ code: communes.code, name: communes.name, provinceCode: communes.provinceCode })
      .from(communes)
      .where(eq(communes.provinceCode, input.provinceCode))
      .all(),
  );

export const listLegacyProvinces = (db: Db) =>
  byName(db.select({ name: legacyProvinces.name, currentProvinceName: legacyProvinces.currentProvinceName }).from(legacyProvinces).all());
