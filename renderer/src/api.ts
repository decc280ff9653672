import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import type { ApiError, ApiResult } from '../../shared/errors';
import { LAUNCH_HEADER, launchKey } from './launchKey';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: { invoke(name: string, input: unknown): Promise<unknown> };
  }
}

/** A failed command, carrying the server's Vietnamese message and per-field issues. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

async function transport(name: string, input: unknown): Promise<ApiResult<unknown>> {
  if (window.api) return (await window.api.invoke(name, input)) as ApiResult<unknown>;
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(launchKey() ? { [LAUNCH_HEADER]: launchKey() } : {}) },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as ApiResult<unknown>;
}

type ForbiddenListener = (name: CommandName, error: ApiError) => void;
const forbiddenListeners = new Set<ForbiddenListener>();

/**
 * Called when a data command answers FORBIDDEN: the session may have been locked (idle, another
 * tab) or signed out, and the sign-in layer brings the right screen back. Returns the unsubscribe.
 */
export function onForbidden(listener: ForbiddenListener): () => void {
  forbiddenListeners.add(listener);
  return () => void forbiddenListeners.delete(listener);
}

/** Runs one command of the shared table, in Electron or in browser mode alike. */
export async function call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
  let result: ApiResult<unknown>;
  try {
    result = await transport(name, input);
  } catch {
    throw new ApiCallError({ code: 'INTERNAL', message: 'Không kết nối được với dịch vụ dữ liệu của ứng dụng' });
  }
  if (!result.ok) {
    if (result.error.code === 'FORBIDDEN' && !name.startsWith('auth.')) for (const listener of forbiddenListeners) listener(name, result.error);
    throw new ApiCallError(result.error);
  }
  return result.data as CommandOutput<K>;
}
