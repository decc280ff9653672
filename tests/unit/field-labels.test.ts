/**
 * Every validation message names the field in Vietnamese (issue 10 item 4): the walk below visits
 * every field of every command's input schema (nested objects, lists, unions, optional and
 * defaulted fields) and fails on a field without a label in shared/field-labels.ts.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/commands';
import { FIELD_LABELS, fieldLabel } from '../../shared/field-labels';
import { validationError } from '../../shared/validation-error';

/** Every object key reachable in a schema, with the first command path it was seen under. */
function walk(schema: z.ZodType, at: string, out: Map<string, string>, seen = new Set<unknown>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => walk(def[key] as z.ZodType, at, out, seen);
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (!out.has(key)) out.set(key, `${at}.${key}`);
        walk(field, `${at}.${key}`, out, seen);
      }
      break;
    case 'array':
      inner('element');
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      inner('innerType');
      break;
    case 'pipe':
      inner('in');
      inner('out');
      break;
    case 'union':
      for (const option of def.options as z.ZodType[]) walk(option, at, out, seen);
      break;
    case 'intersection':
      inner('left');
      inner('right');
      break;
    case 'record':
      inner('valueType');
      break;
    case 'lazy':
      walk((def.getter as () => z.ZodType)(), at, out, seen);
      break;
  }
}

const fields = new Map<string, string>();
for (const [name, def] of Object.entries(commands)) walk(def.input, name, fields);

describe('field labels', () => {
  it('walks the command table (sanity: known fields are found)', () => {
    for (const key of ['inspectionDate', 'hoursPerDay', 'hoursPerWeek', 'dateOfBirth', 'typeCode', 'communeCodes', 'legalBasis', 'documentNumber']) {
      expect(fields.has(key), key).toBe(true);
    }
  });

  it('every input field of every command has a Vietnamese label', () => {
    const missing = [...fields].filter(([key]) => !FIELD_LABELS[key]).map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('labels are Vietnamese words, not the key again', () => {
    const lazy = Object.entries(FIELD_LABELS).filter(([key, label]) => label === key || /^[a-z]+[A-Z]/.test(label));
    expect(lazy).toEqual([]);
  });

  it('a refusal names the field by its label, never by its key', () => {
    const input = { inspectionId: 'x', fullName: 'A', sex: 'male', dateOfBirth: '2030-13-01', hoursPerDay: 30 };
    const parsed = commands['minors.create'].input.safeParse(input);
    expect(parsed.success).toBe(false);
    const { message } = validationError(parsed.error!.issues);
    expect(message).toContain('Ngày sinh:');
    expect(message).toContain('Số giờ làm mỗi ngày:');
    for (const key of fields.keys()) expect(message).not.toMatch(new RegExp(`\\b${key}\\b`));
    expect(fieldLabel(['items', 3, 'deadline'])).toBe('Thời hạn thực hiện');
  });
});
