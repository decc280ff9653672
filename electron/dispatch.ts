import type { Db } from '../db/client';
import { commands, isCommandName, isPublicCommand, type CommandName, type CommandOutput, type DataCommandName } from '../shared/commands';
import { ROLE_LABELS } from '../shared/labels/user';
import { CommandError, type ApiResult } from '../shared/errors';
import { validationError } from '../shared/validation-error';
import { logInternalError } from './app-log';
import type { ServiceContext } from './services/context';
import { handlers, type Handler } from './handlers';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Under `npm test` every answer is checked against its output schema; in production outputs are trusted. */
const checkOutputs = process.env.LDTE_CHECK_OUTPUTS === '1';

/**
 * The single entry point of both transports: validate the input with the command's
 * schema, run the service, answer `{ ok, data }` or `{ ok: false, error }`.
 * Unexpected failures are reported without their details (they may hold personal data).
 */
export async function dispatch<K extends CommandName>(
  name: K | string,
  input: unknown,
  db: Db,
  ctx: ServiceContext,
): Promise<ApiResult<CommandOutput<K>>> {
  if (!isCommandName(name) || isPublicCommand(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Không có lệnh «${name}»` } };
  }
  const def = commands[name];
  if (!def.roles.includes(ctx.role)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: `Tài khoản của bạn (vai trò ${ROLE_LABELS[ctx.role]}) không được làm việc này: ${lowerFirst(def.summary)}` } };
  }
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
  try {
    const handler = handlers[name as DataCommandName] as Handler<DataCommandName>;
    const data = (await handler(db, parsed.data as never, ctx)) as CommandOutput<K>;
    if (checkOutputs) {
      const checked = def.output.safeParse(data);
      // Paths only: the values may hold children's data.
      if (!checked.success) throw new Error(`output of ${name} does not match its schema at ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    return { ok: true, data };
  } catch (error) {
    if (error instanceof CommandError) {
      const { code, message, issues, details } = error;
      return { ok: false, error: { code, message, ...(issues ? { issues } : {}), ...(details?.conflict ? { conflict: details.conflict } : {}) } };
    }
    // The stack only (stderr and the log file), never the input: it may hold children's data.
    logInternalError(`dispatch ${name}`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn; dữ liệu chưa bị thay đổi. Vui lòng thử lại.' } };
  }
}
