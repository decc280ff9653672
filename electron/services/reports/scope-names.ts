import type { Db } from '../../../db/client';
import type { ReportInput } from '../../../shared/schemas/report';
import type { ScopeNames } from '../../reports/report-tables';
import { getSettings } from '../settings';

/** Looks up the names of the area, plan, lead agency and catalogue versions of a report. */
export function scopeNames(db: Db, input: ReportInput, catalogueVersions: readonly string[]): ScopeNames {
  const sqlite = db.$client;
  const get = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T | undefined;

  const province = input.area.provinceCode
    ? get<{ name: string }>('SELECT name FROM provinces WHERE code = ?', input.area.provinceCode)
    : undefined;
  const communeNames = input.area.communeCodes.map((code) => get<{ name: string }>('SELECT name FROM communes WHERE code = ?', code)?.name ?? code);
  const plan = input.filters.planId
    ? get<{ title: string; number: string | null }>('SELECT title, number FROM plans WHERE id = ?', input.filters.planId)
    : undefined;
  const agency = input.filters.leadAgencyId
    ? get<{ name: string; shortName: string | null }>('SELECT name, short_name AS shortName FROM agencies WHERE id = ?', input.filters.leadAgencyId)
    : undefined;
  const catalogues = catalogueVersions.map((version) => {
    const row = get<{ title: string; effectiveDate: string }>('SELECT title, effective_date AS effectiveDate FROM catalogue_versions WHERE version = ?', version);
    return { version, title: row?.title, effectiveDate: row?.effectiveDate };
  });

  // The newest version's wording wins when a code appears in several.
  const violationTypes = new Map<string, { code: string; summary: string; legalReference: string }>();
  for (const { version } of catalogues) {
    const row = get<{ data: string }>('SELECT data FROM catalogue_versions WHERE version = ?', version);
    const types = row ? (JSON.parse(row.data) as { violationTypes?: { code: string; summary: string; legalReference: string }[] }).violationTypes : undefined;
    for (const t of types ?? []) violationTypes.set(t.code, { code: t.code, summary: t.summary, legalReference: t.legalReference });
  }

  return {
    provinceName: province?.name ?? input.area.provinceCode,
    communeNames,
    plan: plan ? { title: plan.title, number: plan.number ?? undefined } : input.filters.planId ? { title: input.filters.planId } : undefined,
    leadAgency: agency ? { name: agency.name, shortName: agency.shortName ?? undefined } : input.filters.leadAgencyId ? { name: input.filters.leadAgencyId } : undefined,
    catalogues,
    violationTypes: [...violationTypes.values()],
    defaultPlace: getSettings(db).placeName || undefined,
  };
}
