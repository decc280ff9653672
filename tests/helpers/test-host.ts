import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCH_HEADER, startWebHost, type WebHost } from '../../electron/web-host';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import type { ApiResult } from '../../shared/errors';

export const ADMIN = { fullName: 'Hoàng Văn Quản', login: 'quantri', password: 'mat-khau-quan-tri-1', placeName: 'Lạng Sơn', unitName: 'Sở Nội vụ tỉnh Lạng Sơn' };

/** A client of the web host with its own cookie jar, like one browser. */
export class HostClient {
  private cookie = '';
  constructor(private readonly host: Pick<WebHost, 'origin' | 'secret'>) {}

  /** A client of a host known by its printed address (`http://127.0.0.1:port/#k=secret`). */
  static fromAddress(address: string): HostClient {
    const url = new URL(address);
    return new HostClient({ origin: `${url.origin}/`, secret: url.hash.replace(/^#k=/, '') });
  }

  async send(name: string, input: unknown, headers: Record<string, string> = {}): Promise<ApiResult<unknown>> {
    const response = await fetch(new URL(`/api/${name}`, this.host.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [LAUNCH_HEADER]: this.host.secret, ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify(input),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = /Max-Age=0/.test(set) ? '' : set.split(';')[0]!;
    return (await response.json()) as ApiResult<unknown>;
  }

  async run<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
    const result = await this.send(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.data as CommandOutput<K>;
  }

  get sessionCookie(): string {
    return this.cookie;
  }
}

export interface TestHost {
  host: WebHost;
  dataDir: string;
  /** Signed in as the admin made at setup. */
  admin: HostClient;
  recoveryKey: string;
  client(): HostClient;
  close(): Promise<void>;
}

/** A web host on a fresh data folder, set up with an admin account (encrypted database, key file). */
export async function startTestHost(options: { setup?: boolean } = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ldte-host-'));
  const host = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'no-renderer') });
  const admin = new HostClient(host);
  let recoveryKey = '';
  if (options.setup !== false) recoveryKey = (await admin.run('auth.setup', ADMIN)).recoveryKey;
  return {
    host,
    dataDir,
    admin,
    recoveryKey,
    client: () => new HostClient(host),
    async close() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
