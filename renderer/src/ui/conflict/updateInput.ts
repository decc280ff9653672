import * as z from 'zod';
import { commands, type CommandInput, type CommandName } from '../../../../shared/commands';
import { isBlank } from '../formatValue';

export type FormValues = Record<string, unknown>;

interface UpdateShape {
  /** Each field the command takes, and whether `null` clears it. */
  fields: Map<string, boolean>;
  /** A partial update (omitted = unchanged) that checks the version the user loaded. */
  partial: boolean;
}

const shapes = new Map<CommandName, UpdateShape>();

/** Read once from the shared command table, so each domain is handled as its service now expects. */
function updateShape(name: CommandName): UpdateShape {
  let shape = shapes.get(name);
  if (!shape) {
    const input: z.ZodType = commands[name].input;
    const fields: Record<string, z.ZodType> = input instanceof z.ZodObject ? input.shape : {};
    shape = {
      fields: new Map(
        Object.entries(fields)
          .filter(([key]) => key !== 'id' && key !== 'expectedVersion')
          .map(([key, schema]) => [key, schema.safeParse(null).success]),
      ),
      partial: 'expectedVersion' in fields,
    };
    shapes.set(name, shape);
  }
  return shape;
}

function normalise(value: unknown): unknown {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as FormValues)
        .filter(([, v]) => !isBlank(v))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

/** The same for the user: blanks alike, text trimmed, lists and objects by content. */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

/** The record an edit form opened: its id, the version it loaded, and its values as the form holds them. */
export interface LoadedRecord {
  id: string;
  version?: number;
  values: FormValues;
}

/**
 * The input of an update command from an edit form's values, the one way every edit form builds it:
 * - the id and the version loaded (`expectedVersion`), so a change made meanwhile answers CONFLICT;
 * - on a partial update, only the fields the user changed (a field left out stays as it is, so a
 *   change someone else made to another field is kept);
 * - a field the user emptied is sent as `null`, which clears it (leaving it out would keep the old value).
 * A command not yet partial gets every field as before; it ignores the version.
 */
export function updateInputOf<K extends CommandName>(name: K, loaded: LoadedRecord, values: FormValues): CommandInput<K> {
  const { fields, partial } = updateShape(name);
  const input: FormValues = { id: loaded.id };
  if (loaded.version !== undefined) input.expectedVersion = loaded.version;
  for (const [field, clearable] of fields) {
    if (!(field in values) && !(field in loaded.values)) continue;
    const value = values[field];
    if (partial && sameValue(value, loaded.values[field])) continue;
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (clearable) input[field] = null;
      continue;
    }
    input[field] = value;
  }
  return input as CommandInput<K>;
}

/** The fields an update input sends (what the user changed). */
export const sentFieldsOf = (input: unknown): string[] =>
  Object.keys((input ?? {}) as FormValues).filter((key) => key !== 'id' && key !== 'expectedVersion');

/** Every field the update command takes, in the order of its schema. */
export const updateFieldsOf = (name: CommandName): string[] => [...updateShape(name).fields.keys()];
