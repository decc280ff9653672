import type { Db } from '../db/client';
import { commands, isCommandName, type CommandName, type CommandOutput } from '../shared/commands';
import { CommandError, type ApiResult } from '../shared/errors';
import { validationError } from '../shared/validation-error';
import type { ServiceContext } from './services/context';
import { handlers, type Handler } from './services';

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
  if (!isCommandName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Không có lệnh «${name}»` } };
  }
  const def = commands[name];
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
  try {
    const handler = handlers[name] as Handler<CommandName>;
    const data = (await handler(db, parsed.data as never, ctx)) as CommandOutput<K>;
    return { ok: true, data };
  } catch (error) {
    if (error instanceof CommandError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    console.error(`[dispatch] ${name} failed:`, error instanceof Error ? error.stack : String(error));
    return { ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn; dữ liệu chưa bị thay đổi. Vui lòng thử lại.' } };
  }
}
