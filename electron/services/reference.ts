import type { Db } from '../../db/client';

const collator = new Intl.Collator('vi');
const byName = <T extends { name: string }>(rows: T[]): T[] => rows.sort((a, b) => collator.compare(a.name, b.name));

export const listProvinces = (db: Db) =>
  byName(db.$client.prepare('SELECT code, name, kind FROM provinces').all() as { code: string; name: string; kind: string }[]);

export const listCommunes = (db: Db, input: { provinceCode: string }) =>
  byName(
    db.$client
      .prepare('SELECT code, name, province_code AS provinceCode FROM communes WHERE province_code = ?')
      .all(input.provinceCode) as { code: string; name: string; provinceCode: string }[],
  );

export const listLegacyProvinces = (db: Db) =>
  byName(
    db.$client.prepare('SELECT name, current_province_name AS currentProvinceName FROM legacy_provinces').all() as {
      name: string;
      currentProvinceName: string;
    }[],
  );
