/**
 * JSON report, for other programs: the request (never a child's name), what its codes stand for,
 * the catalogue versions, the raw figures and the same tables as the other formats. The child
 * list, when asked for, comes last and is streamed one row per line.
 *
 *     { schemaVersion, generatedAt, report, input, scope, catalogueVersions, catalogues,
 *       figures, tables: [{ key, title, headers, rows }], childDetails?: { key, title, headers, rows } }
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { outputStream, type ExportContent, type ReportOutput, type WriteProgress } from './export-content';
import { REPORT_NAME, REPORT_SCHEMA_VERSION, type ReportTable, type TableShape } from './report-tables';

const tableJson = ({ key, title, headers }: TableShape) => ({ key, title, headers });

/** Everything but the child list; also what tests compare between two exports. */
export function reportJson(content: ExportContent) {
  const { input, result, names } = content;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: result.generatedAt,
    report: REPORT_NAME,
    input: {
      format: input.format,
      period: input.period,
      area: input.area,
      filters: input.filters,
      includeChildDetails: input.includeChildDetails,
      ...(input.legalBasis ? { legalBasis: input.legalBasis } : {}),
    },
    scope: { provinceName: names.provinceName, communeNames: names.communeNames, plan: names.plan, leadAgency: names.leadAgency },
    catalogueVersions: result.catalogueVersions,
    catalogues: names.catalogues,
    figures: result.figures,
    tables: content.tables.map((t: ReportTable) => ({ ...tableJson(t), rows: t.rows })),
  };
}

async function* jsonText(content: ExportContent, progress: WriteProgress): AsyncGenerator<string> {
  for (const table of content.tables) await progress.table(table.title);
  const top = JSON.stringify(reportJson(content), null, 2);
  const children = content.childDetails;
  if (!children) {
    yield `${top}\n`;
    return;
  }
  await progress.table(children.table.title);
  const head = JSON.stringify(tableJson(children.table), null, 2).replace(/\n}$/, '').replace(/\n/g, '\n  ');
  // Reopen the object to append the child list: `{ …, "childDetails": { …, "rows": [ … ] } }`.
  yield `${top.replace(/\n}$/, '')},\n  "childDetails": ${head},\n    "rows": [`;
  let first = true;
  for (const page of children.pages()) {
    const lines = page.map((row) => {
      const separator = first ? '' : ',';
      first = false;
      return `${separator}\n      ${JSON.stringify(row)}`;
    });
    yield lines.join('');
    await progress.rows(page.length);
  }
  yield `\n    ]\n  }\n}\n`;
}

export async function writeJson(out: ReportOutput, content: ExportContent, progress: WriteProgress): Promise<void> {
  await pipeline(Readable.from(jsonText(content, progress)), outputStream(out, 'utf8'));
}
