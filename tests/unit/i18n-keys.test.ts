import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../../shared/schemas/directory';
import { ESTABLISHMENT_KINDS, SECTORS } from '../../shared/schemas/establishment';
import { en } from '../../renderer/src/i18n/en';
import { vi } from '../../renderer/src/i18n/vi';

/** "a.b.c" → value for every leaf of a nested resource object. */
function flatten(resource: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const RENDERER = join(__dirname, '../../renderer/src');
const viKeys = flatten(vi);
const enKeys = flatten(en);

describe('UI text resources', () => {
  it('Vietnamese and English have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
  });

  it('no text is empty', () => {
    for (const [lang, keys] of [['vi', viKeys], ['en', enKeys]] as const) {
      const empty = [...keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('the same {{placeholders}} appear in both languages', () => {
    const names = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...viKeys].filter(([k, v]) => names(v).join() !== names(enKeys.get(k)).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("every t('…') key written in the renderer exists", () => {
    const files = sourceFiles(RENDERER).filter((f) => !f.includes(`${join('src', 'i18n')}`));
    expect(files.length).toBeGreaterThan(10);
    const missing: string[] = [];
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
        found += 1;
        if (!viKeys.has(match[2]!)) missing.push(`${relative(RENDERER, file)}: ${match[2]}`);
      }
    }
    expect(found).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('every enum value shown through a template key has a label', () => {
    const needed = [
      ...ESTABLISHMENT_KINDS.map((k) => `establishment.kind.${k}`),
      ...SECTORS.map((s) => `establishment.sector.${s}`),
      ...AGENCY_KINDS.map((k) => `directory.agencyKind.${k}`),
    ];
    expect(needed.filter((k) => !viKeys.has(k))).toEqual([]);
  });
});
