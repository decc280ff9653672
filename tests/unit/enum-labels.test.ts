/**
 * Every enum of the contract has one Vietnamese label per value, defined once in shared/
 * (architecture.md rule 6): the interface, the documents and the reports use the same words.
 *
 * (a) walks the exports of every module of shared/: each exported string array is an enum and
 *     needs a label map in shared/ naming every value; two maps in shared/ may not word one value
 *     differently (except the in-sentence variants listed in LABEL_VARIANTS);
 * (b) the renderer's Vietnamese resources show exactly those labels;
 * (c) no second wording is written in electron/, renderer/src/ or shared/: neither a known
 *     former wording nor a Vietnamese literal in an object keyed by an enum's values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { vi } from '../../renderer/src/i18n/vi';
import { LABEL_VARIANTS } from '../../shared/labels';

const ROOT = join(__dirname, '../..');
const rel = (file: string) => relative(ROOT, file).split('\\').join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// ---- the enums of shared/ and their label maps ----------------------------------------

/** Exported string arrays of shared/ that are not enums shown to anyone, with the reason. */
const NOT_LABELLED: Record<string, string> = {
  ERROR_CODES: 'machine codes of a failed command; every error carries its own Vietnamese message',
  commandNames: 'the names of the command table (the code side of each command), never shown',
  AUTH_STATES: 'which screen the app shows (setup, sign-in, lock, work); never written as a word',
  EVERYONE: 'a group of roles allowed to run a command; each role is labelled in ROLE_LABELS',
  RECORDERS: 'a group of roles allowed to run a command; each role is labelled in ROLE_LABELS',
  LEADERS: 'a group of roles allowed to run a command; each role is labelled in ROLE_LABELS',
  ADMINS: 'a group of roles allowed to run a command; each role is labelled in ROLE_LABELS',
};

const SHARED_FILES = sourceFiles(join(ROOT, 'shared'));
const sharedModules: [string, Record<string, unknown>][] = await Promise.all(
  SHARED_FILES.map(async (file) => [rel(file), (await import(file)) as Record<string, unknown>] as [string, Record<string, unknown>]),
);

interface Enum {
  name: string;
  file: string;
  values: readonly string[];
}
interface LabelMap {
  name: string;
  file: string;
  labels: Record<string, string>;
}

const isStringArray = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
const isLabelMap = (value: unknown): value is Record<string, string> =>
  value !== null &&
  typeof value === 'object' &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((v) => typeof v === 'string' && v.trim() !== '');

const enums: Enum[] = [];
const labelMaps: LabelMap[] = [];
const seen = new Set<unknown>();
for (const [file, exports] of sharedModules) {
  for (const [name, value] of Object.entries(exports)) {
    if (seen.has(value)) continue; // re-exported
    if (isStringArray(value)) {
      seen.add(value);
      if (!(name in NOT_LABELLED)) enums.push({ name, file, values: value });
    } else if (isLabelMap(value)) {
      seen.add(value);
      if (!LABEL_VARIANTS.includes(value)) labelMaps.push({ name, file, labels: value });
    }
  }
}

/** The label maps of shared/ that name every value of the enum. */
const mapsOf = (e: Enum) => labelMaps.filter((m) => e.values.every((v) => Object.hasOwn(m.labels, v)));

/** The one label of each value (the maps agree: checked below). */
function labelsOf(e: Enum): Record<string, string> {
  const map = mapsOf(e)[0];
  return Object.fromEntries(e.values.map((v) => [v, map?.labels[v] ?? '']));
}

describe('(a) every enum of shared/ has one Vietnamese label per value', () => {
  it('finds the enums of the contract', () => {
    const names = enums.map((e) => e.name);
    for (const expected of [
      'ESTABLISHMENT_KINDS',
      'SECTORS',
      'AGENCY_KINDS',
      'SEXES',
      'MINOR_AGE_BANDS',
      'AGE_BANDS',
      'SCHOOLING',
      'CHECK_RESULTS',
      'INSPECTION_STATUSES',
      'INSPECTION_LIST_STATUSES',
      'COMMITMENT_ITEM_STATUSES',
      'COMMITMENT_DISPLAY_STATUSES',
      'VIOLATION_ORIGINS',
      'PLAN_KINDS',
      'PLAN_STATUSES',
      'TEAM_ROLES',
      'TIME_SLOTS',
      'DOCUMENT_KINDS',
      'REPORT_FILE_KINDS',
      'CHILD_NAME_MODES',
      'EXPORT_FORMATS',
      'EXPORT_STATES',
      'HISTORY_ENTITIES',
      'HISTORY_OPS',
      'DUPLICATE_REASONS',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('every value of every enum has a label in a map of shared/', () => {
    const missing = enums.flatMap((e) => {
      if (mapsOf(e).length > 0) return [];
      const closest = [...labelMaps].sort((a, b) => e.values.filter((v) => !Object.hasOwn(a.labels, v)).length - e.values.filter((v) => !Object.hasOwn(b.labels, v)).length)[0];
      const lacking = e.values.filter((v) => !closest || !Object.hasOwn(closest.labels, v));
      return [`${e.name} (${e.file}): no label map; ${closest ? `closest ${closest.name} (${closest.file}) lacks` : 'unlabelled'}: ${lacking.join(', ')}`];
    });
    expect(missing).toEqual([]);
  });

  it('no two maps of shared/ word one value differently', () => {
    const conflicts = enums.flatMap((e) =>
      e.values.flatMap((v) => {
        const words = new Map(mapsOf(e).map((m) => [m.labels[v]!, `${m.name}`]));
        return words.size > 1 ? [`${e.name}.${v}: ${[...words].map(([w, m]) => `"${w}" (${m})`).join(' vs ')}`] : [];
      }),
    );
    expect(conflicts).toEqual([]);
  });

  it('every z.enum of shared/ is over an exported array, so the walk above sees it', () => {
    const inline = SHARED_FILES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/z\.enum\(\s*\[\s*['"]/g)].map((m) => `${rel(file)}: ${m[0]}`),
    );
    expect(inline).toEqual([]);
  });
});

// ---- (b) the renderer ----------------------------------------------------------------

const enumNamed = (name: string): Enum => {
  const found = enums.find((e) => e.name === name);
  if (!found) throw new Error(`no enum ${name}`);
  return found;
};

/** Where the Vietnamese resources hold each enum's labels; `part`: only some values are shown there. */
const RESOURCES: [path: string, enumName: string, part?: 'part'][] = [
  ['establishment.kind', 'ESTABLISHMENT_KINDS'],
  ['establishment.sector', 'SECTORS'],
  ['directory.agencyKind', 'AGENCY_KINDS'],
  ['history.op', 'HISTORY_OPS'],
  ['plans.kind', 'PLAN_KINDS'],
  ['plans.status', 'PLAN_STATUSES'],
  ['plans.role', 'TEAM_ROLES'],
  ['plans.slot', 'TIME_SLOTS'],
  ['plans.documents.kind', 'DOCUMENT_KINDS', 'part'],
  ['inspections.status', 'INSPECTION_LIST_STATUSES'],
  ['inspections.itemStatus', 'COMMITMENT_DISPLAY_STATUSES'],
  ['inspections.due.view', 'COMMITMENT_DISPLAY_STATUSES'],
  ['inspections.result', 'CHECK_RESULTS'],
  ['inspections.sex', 'SEXES'],
  ['inspections.schooling', 'SCHOOLING'],
  ['inspections.ageBand', 'AGE_BANDS'],
  ['inspections.violation.origin', 'VIOLATION_ORIGINS'],
  ['inspections.documents.kind', 'DOCUMENT_KINDS', 'part'],
  ['inspections.documents.childNameMode', 'CHILD_NAME_MODES'],
  ['reports.export.format', 'EXPORT_FORMATS'],
];

/** Objects of the resources keyed by an enum's values that hold other words than labels. */
const NOT_LABEL_RESOURCES: Record<string, string> = {
  'plans.transition.action': 'the button that moves a plan to the status',
  'plans.transition.confirm': 'the question asked before the move',
  'plans.transition.explain': 'what the move means',
  'plans.documents.generate': 'the button that makes the document',
};

const at = (resource: object, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], resource);

function* objectsOf(node: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return;
  yield [path, node as Record<string, unknown>];
  for (const [key, child] of Object.entries(node)) yield* objectsOf(child, path ? `${path}.${key}` : key);
}

/** The enums an object's keys stand for: it names all their values, or only theirs (two at least). */
function enumsKeying(keys: readonly string[]): Enum[] {
  return enums.filter((e) => e.values.every((v) => keys.includes(v)) || (keys.length >= 2 && keys.every((k) => e.values.includes(k))));
}

describe('(b) the Vietnamese interface shows the labels of shared/', () => {
  it.each(RESOURCES)('%s holds the labels of %s', (path, enumName, part) => {
    const e = enumNamed(enumName);
    const node = at(vi, path) as Record<string, string>;
    expect(node, path).toBeTypeOf('object');
    const labels = labelsOf(e);
    const shown = Object.fromEntries(Object.entries(node).filter(([key]) => e.values.includes(key)));
    const expected = part ? Object.fromEntries(Object.keys(shown).map((key) => [key, labels[key]])) : labels;
    expect(shown).toEqual(expected);
  });

  it('no other object of the resources words an enum value differently', () => {
    const listed = new Set(RESOURCES.map(([path]) => path));
    const wrong: string[] = [];
    for (const [path, node] of objectsOf(vi)) {
      if (listed.has(path) || path in NOT_LABEL_RESOURCES) continue;
      const keys = Object.keys(node);
      for (const e of enumsKeying(keys)) {
        const labels = labelsOf(e);
        for (const key of keys.filter((k) => e.values.includes(k))) {
          if (node[key] !== labels[key]) wrong.push(`${path}.${key}: "${String(node[key])}" instead of "${labels[key]}" (${e.name})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

// ---- (c) no second wording in the sources ----------------------------------------------

/**
 * Wordings replaced by the labels of shared/labels, with the value they stood for. A literal
 * containing one fails the test; `exact` ones fail only as a whole literal (they are common words).
 */
const FORMER_WORDINGS: { text: string; for: string; exact?: boolean }[] = [
  { text: 'Dưới 13 tuổi', for: 'under13' },
  { text: 'dưới 13 tuổi', for: 'under13' },
  { text: 'Người <13', for: 'under13' },
  { text: '<13', for: 'under13' },
  { text: '13 – dưới 15', for: '13to15' },
  { text: '13 đến dưới 15', for: '13to15' },
  { text: '13–<15', for: '13to15' },
  { text: 'Từ đủ 13 tuổi đến chưa đủ 15 tuổi', for: '13to15', exact: true },
  { text: '15 – dưới 18', for: '15to18' },
  { text: '15 đến dưới 18', for: '15to18' },
  { text: '15–<18', for: '15to18' },
  { text: 'Từ đủ 15 tuổi đến chưa đủ 18 tuổi', for: '15to18', exact: true },
  { text: 'Từ đủ 18 tuổi', for: 'adult', exact: true },
  { text: 'Hộ gia đình sản xuất', for: 'household' },
  { text: 'cơ sở làng nghề', for: 'craft_village' },
  { text: 'Định kỳ', for: 'periodic', exact: true },
  { text: 'Đột xuất', for: 'adhoc', exact: true },
  { text: 'Chuyên đề', for: 'thematic', exact: true },
  { text: 'kiểm tra định kỳ', for: 'periodic', exact: true },
  { text: 'kiểm tra đột xuất', for: 'adhoc', exact: true },
  { text: 'Đang thực hiện, còn hạn', for: 'open' },
  { text: 'Còn trong thời hạn thực hiện', for: 'open' },
  { text: 'Quá hạn, chưa thực hiện', for: 'overdue' },
  { text: 'Không thực hiện (vi phạm cam kết)', for: 'breached' },
  { text: 'Không thực hiện', for: 'breached', exact: true },
];

/** Files whose literals are data of their own, not labels. */
const DATA_FILES: Record<string, string> = {
  'shared/catalogue/default-catalogue.ts':
    'the built-in legal catalogue, its summaries transcribed verbatim from legal-reference.md (a catalogue version is data stored per version; catalogue.test.ts holds it to the reference)',
};

/** Objects of the sources keyed by an enum's values whose words are not labels. */
const NOT_LABEL_OBJECTS: Record<string, string> = {
  'renderer/src/features/plans/i18n.ts#plansVi.transition.action': NOT_LABEL_RESOURCES['plans.transition.action']!,
  'renderer/src/features/plans/i18n.ts#plansVi.transition.confirm': NOT_LABEL_RESOURCES['plans.transition.confirm']!,
  'renderer/src/features/plans/i18n.ts#plansVi.transition.explain': NOT_LABEL_RESOURCES['plans.transition.explain']!,
  'renderer/src/features/plans/i18n.ts#plansVi.documents.generate': NOT_LABEL_RESOURCES['plans.documents.generate']!,
};

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

const SCANNED = [...sourceFiles(join(ROOT, 'electron')), ...sourceFiles(join(ROOT, 'renderer/src')), ...SHARED_FILES].filter(
  (file) => !(rel(file) in DATA_FILES),
);

const keyText = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
const literalText = (node: ts.Node): string | undefined => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined);

/** "plansVi.transition.action": the variable and properties an object literal sits in. */
function pathOf(node: ts.Node): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isPropertyAssignment(n)) parts.unshift(keyText(n.name) ?? '?');
    else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      parts.unshift(n.name.text);
      break;
    }
  }
  return parts.join('.');
}

interface Finding {
  former: string[];
  secondLabels: string[];
}

/**
 * Literals of one file: former wordings anywhere but shared/labels; outside shared/ (whose maps
 * are held to one wording by (a)), Vietnamese words in an object keyed by an enum's values or in
 * a [value, words] pair.
 */
function scan(file: string, text = readFileSync(file, 'utf8')): Finding {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const where = (node: ts.Node) => `${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const inLabels = rel(file).startsWith('shared/labels/');
  const inShared = rel(file).startsWith('shared/');
  const found: Finding = { former: [], secondLabels: [] };
  const visit = (node: ts.Node): void => {
    const literal =
      literalText(node) ??
      (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node) ? node.text : undefined);
    if (literal !== undefined && !inLabels) {
      for (const former of FORMER_WORDINGS) {
        if (former.exact ? literal.trim() === former.text : literal.includes(former.text)) {
          found.former.push(`${where(node)}: "${literal}" is a former wording of ${former.for}`);
        }
      }
    }
    if (ts.isObjectLiteralExpression(node) && !inShared) {
      const properties = node.properties.filter(ts.isPropertyAssignment);
      const keys = properties.map((p) => keyText(p.name)).filter((k): k is string => k !== undefined);
      const keyed = enumsKeying(keys);
      const path = `${rel(file)}#${pathOf(node)}`;
      if (keyed.length > 0 && !(path in NOT_LABEL_OBJECTS)) {
        for (const p of properties) {
          const key = keyText(p.name);
          const words = literalText(p.initializer);
          if (key && words && VIETNAMESE.test(words) && keyed.some((e) => e.values.includes(key))) {
            found.secondLabels.push(`${where(p)}: ${key}: "${words}" written outside shared/labels (import the label of ${keyed.map((e) => e.name).join('/')})`);
          }
        }
      }
    }
    if (ts.isArrayLiteralExpression(node) && node.elements.length === 2 && !inShared) {
      const [code, words] = node.elements.map((e) => literalText(e));
      if (code && words && VIETNAMESE.test(words) && enums.some((e) => e.values.includes(code))) {
        found.secondLabels.push(`${where(node)}: ['${code}', "${words}"] pairs an enum value with its own words`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('(c) no second wording of an enum value in the sources', () => {
  const findings = SCANNED.map((file) => scan(file));

  it('scans electron/, renderer/src/ and shared/', () => {
    expect(SCANNED.length).toBeGreaterThan(150);
  });

  it('no former wording is left', () => {
    expect(findings.flatMap((f) => f.former)).toEqual([]);
  });

  it('no object keyed by enum values words them outside shared/labels', () => {
    expect(findings.flatMap((f) => f.secondLabels)).toEqual([]);
  });

  it('the checks fire on a second wording', () => {
    const sample = [
      "export const BANDS = { under13: 'Dưới 13 tuổi', '13to15': '13 – dưới 15 tuổi' };",
      "export const ROWS = [['15to18', 'Từ 15 đến dưới 18 tuổi']];",
      "export const KINDS = { periodic: 'Định kỳ', adhoc: 'Kiểm tra đột xuất' };",
      "export const SLOT = { morning: 'Buổi sáng', afternoon: 'Buổi chiều' };",
    ].join('\n');
    const result = scan(join(ROOT, 'renderer/src/probe.ts'), sample);
    expect(result.former).toHaveLength(4);
    expect(result.secondLabels).toEqual([
      expect.stringContaining('under13'),
      expect.stringContaining('13to15'),
      expect.stringContaining("['15to18'"),
      expect.stringContaining('periodic'),
      expect.stringContaining('adhoc'),
      expect.stringContaining('morning'),
      expect.stringContaining('afternoon'),
    ]);
    expect(scan(join(ROOT, 'shared/labels/probe.ts'), sample)).toEqual({ former: [], secondLabels: [] });
  });
});
