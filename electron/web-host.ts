import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { commands, commandNames, isCommandName } from '../shared/commands';
import type { ApiError } from '../shared/errors';
import { appLogPath, currentProcessLog, logInternalError, setProcessLog } from './app-log';
import { databasePath, defaultUserDataDir } from './app-paths';
import { DataFolderLockedError } from './data-folder-lock';
import { openDataService, type DataService } from './data-process/service';
import { randomSessionKey } from './session/app-session';
import { describeStartupFailure, logStartupFailure } from './startup-error';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
};

const MAX_BODY = 20 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, status: number, error: ApiError) => sendJson(res, status, { ok: false, error });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function listCommands() {
  return commandNames.map((name) => ({
    name,
    summary: commands[name].summary,
    input: z.toJSONSchema(commands[name].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

/** The session cookie: HttpOnly, never sent by another site (SameSite=Strict). */
const SESSION_COOKIE = 'ldte_session';
/** The per-launch secret travels in this header (the page reads it from the printed address). */
export const LAUNCH_HEADER = 'x-ldte-key';

function sessionOf(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  return /(?:^|;\s*)ldte_session=([A-Za-z0-9_-]+)/.exec(cookie)?.[1];
}

function sessionCookie(value: string | null): string {
  return value === null
    ? `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
    : `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict`;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, service: DataService, secret: string, name: string) {
  if (req.headers[LAUNCH_HEADER] !== secret) {
    return fail(res, 403, { code: 'FORBIDDEN', message: 'Hãy mở ứng dụng bằng đúng địa chỉ được in ra khi khởi động (có mã truy cập)' });
  }
  if (req.method === 'GET' && name === '') return sendJson(res, 200, { ok: true, data: listCommands() });
  if (req.method !== 'POST') return fail(res, 405, { code: 'VALIDATION', message: 'Chỉ chấp nhận phương thức POST' });
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return fail(res, 400, { code: 'VALIDATION', message: 'Nội dung yêu cầu không phải JSON hợp lệ' });
  }
  const command = decodeURIComponent(name);
  if (!isCommandName(command)) return fail(res, 404, { code: 'NOT_FOUND', message: `Không có lệnh «${command}»` });
  const answer = await service.call(command, input, sessionOf(req), randomSessionKey);
  if (answer.session !== undefined) res.setHeader('set-cookie', sessionCookie(answer.session));
  sendJson(res, 200, answer.result);
}

/** Browser mode's stand-in for "open with the system viewer": download the generated file (session cookie only). */
async function serveDocument(req: IncomingMessage, res: ServerResponse, service: DataService, id: string, asPdf: boolean) {
  const { result } = await service.call(asPdf ? 'documents.pdf' : 'documents.open', { id }, sessionOf(req), () => '');
  if (!result.ok) return fail(res, result.error.code === 'NOT_FOUND' ? 404 : result.error.code === 'FORBIDDEN' ? 403 : 409, result.error);
  const data = result.data as { path: string; fileName: string };
  try {
    const body = await readFile(data.path);
    res.writeHead(200, {
      'content-type': MIME[extname(data.fileName)] ?? 'application/octet-stream',
      'content-disposition': `attachment; filename="${encodeURIComponent(data.fileName)}"; filename*=UTF-8''${encodeURIComponent(data.fileName)}`,
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    fail(res, 404, { code: 'NOT_FOUND', message: 'Không tìm thấy tệp văn bản trong thư mục dữ liệu' });
  }
}

async function serveStatic(res: ServerResponse, root: string, urlPath: string) {
  const wanted = normalize(join(root, decodeURIComponent(urlPath)));
  const inside = wanted === root || wanted.startsWith(root + sep);
  let file = inside ? wanted : join(root, 'index.html');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    file = join(root, 'index.html');
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có giao diện: hãy chạy "npm run build" trước.');
  }
}

export interface WebHostOptions {
  port: number;
  host?: string;
  dataDir: string;
  rendererDir?: string;
  /** The per-launch secret; random unless given (LDTE_LAUNCH_SECRET, for automated tests). */
  secret?: string;
  now?: () => Date;
}

export interface WebHost {
  server: Server;
  /** The address to open, with the launch secret after `#k=`. */
  url: string;
  /** The address without the secret. */
  origin: string;
  secret: string;
  service: DataService;
  /** Stops the server, closes the database and releases the data folder. */
  close(): Promise<void>;
}

/**
 * Refuses a data folder another instance holds (DataFolderLockedError, one Vietnamese
 * line); logs startup failures to `<data folder>/logs/app.log`.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let service: DataService;
  try {
    service = openDataService({ dataDir: options.dataDir, owner: 'web', now: options.now });
  } catch (error) {
    logStartupFailure(options.dataDir, error);
    throw error;
  }
  setProcessLog(service.log);
  const secret = options.secret ?? process.env.LDTE_LAUNCH_SECRET ?? randomSessionKey();
  // Beside this module, not the working directory: a host started from anywhere finds the built interface.
  const root = resolve(options.rendererDir ?? join(__dirname, '../out/renderer'));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const documentFile = /^\/files\/documents\/([^/]+?)(\/pdf)?$/.exec(url.pathname);
    const task =
      url.pathname === '/api' || url.pathname.startsWith('/api/')
        ? handleApi(req, res, service, secret, url.pathname.slice('/api/'.length))
        : documentFile
          ? serveDocument(req, res, service, decodeURIComponent(documentFile[1]!), Boolean(documentFile[2]))
          : serveStatic(res, root, url.pathname);
    task.catch((error: unknown) => {
      logInternalError('web-host', error);
      if (!res.headersSent) fail(res, 500, { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn' });
    });
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((done, failed) => {
      server.once('error', failed);
      server.listen(options.port, host, done);
    });
  } catch (error) {
    service.close();
    logStartupFailure(options.dataDir, error);
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }).finally(() => {
      service.close();
      if (currentProcessLog() === service.log) setProcessLog(null);
    }));
  const origin = `http://${host}:${port}/`;
  return { server, url: `${origin}#k=${secret}`, origin, secret, service, close };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4175' }, 'data-dir': { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultUserDataDir();
  startWebHost({ port: Number(values.port), host: values.host, dataDir }).then(
    ({ url, close }) => {
      // Ctrl+C closes the database and releases the data folder (handlers set before the line that announces the host).
      const stop = () => void close().finally(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      console.log(`Ứng dụng đang chạy ở chế độ trình duyệt: ${url}  (dữ liệu: ${databasePath(dataDir)})`);
    },
    (error: unknown) => {
      // One line: the cause in Vietnamese; for anything but a held folder, where the details are.
      const cause = describeStartupFailure(error, dataDir);
      console.error(error instanceof DataFolderLockedError ? cause : `${cause} Chi tiết: ${appLogPath(dataDir)}`);
      process.exit(1);
    },
  );
}
