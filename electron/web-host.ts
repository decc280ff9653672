import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { userInfo } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { Db } from '../db/client';
import { commands, commandNames, isCommandName } from '../shared/commands';
import type { ApiError } from '../shared/errors';
import { appLogPath, currentProcessLog, logInternalError, setProcessLog } from './app-log';
import { databasePath, defaultUserDataDir } from './app-paths';
import { DataFolderLockedError } from './data-folder-lock';
import { openDataService, type DataService } from './data-process/service';
import { dispatch } from './dispatch';
import type { ServiceContext } from './services/context';
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

async function handleApi(req: IncomingMessage, res: ServerResponse, db: Db, ctx: ServiceContext, name: string) {
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
  sendJson(res, 200, await dispatch(command, input, db, ctx));
}

/** Browser mode's stand-in for "open with the system viewer": download the generated file. */
async function serveDocument(res: ServerResponse, db: Db, ctx: ServiceContext, id: string, asPdf: boolean) {
  const result = await dispatch(asPdf ? 'documents.pdf' : 'documents.open', { id }, db, ctx);
  if (!result.ok) return fail(res, result.error.code === 'NOT_FOUND' ? 404 : 409, result.error);
  try {
    const body = await readFile(result.data.path);
    res.writeHead(200, {
      'content-type': MIME[extname(result.data.fileName)] ?? 'application/octet-stream',
      'content-disposition': `attachment; filename="${result.data.fileName}"; filename*=UTF-8''${encodeURIComponent(result.data.fileName)}`,
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
}

export interface WebHost {
  server: Server;
  url: string;
  db: Db;
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
    service = openDataService({ dataDir: options.dataDir, actor: userInfo().username, owner: 'web' });
  } catch (error) {
    logStartupFailure(options.dataDir, error);
    throw error;
  }
  setProcessLog(service.log);
  const { db, ctx } = service;
  // Beside this module, not the working directory: a host started from anywhere finds the built interface.
  const root = resolve(options.rendererDir ?? join(__dirname, '../out/renderer'));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const documentFile = /^\/files\/documents\/([^/]+?)(\/pdf)?$/.exec(url.pathname);
    const task =
      url.pathname === '/api' || url.pathname.startsWith('/api/')
        ? handleApi(req, res, db, ctx, url.pathname.slice('/api/'.length))
        : documentFile
          ? serveDocument(res, db, ctx, decodeURIComponent(documentFile[1]!), Boolean(documentFile[2]))
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
  return { server, url: `http://${host}:${port}/`, db, close };
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
