import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { commands, commandNames, isCommandName, type CommandName } from '../shared/commands';
import type { ApiError } from '../shared/errors';
import { appLogPath, currentProcessLog, logInternalError, setProcessLog } from './app-log';
import { databasePath, defaultUserDataDir } from './app-paths';
import { DataFolderLockedError } from './data-folder-lock';
import { openDataService, type DataService } from './data-process/service';
import { randomSessionKey } from './session/app-session';
import { describeStartupFailure, logStartupFailure } from './startup-error';
import { CONTENT_SECURITY_POLICY } from './window-security';

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

const MB = 1024 * 1024;

/** What one host accepts: body sizes, connections and times (tests shorten the times). */
export interface HostLimits {
  /** Largest body of a command (2 MB). */
  bodyBytes: number;
  /** Commands that carry a whole file (imports) and may send more than `bodyBytes`. */
  importBodyBytes: Partial<Record<CommandName, number>>;
  /** Bytes of request bodies held in memory at once, all requests together; past it a request is answered 503. */
  heldBodyBytes: number;
  maxConnections: number;
  /** Time to receive the request line and headers. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included: a body that trickles is cut off. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: HostLimits = {
  bodyBytes: 2 * MB,
  importBodyBytes: {
    // A legal catalogue file (at most 5 MB, CatalogueImportInput) travels inside a JSON string.
    'catalogue.import': 8 * MB,
    // A team package travels as base64 (a third larger than the file).
    'exchange.preview': 64 * MB,
    'exchange.import': 64 * MB,
    // One attached photo or PDF (at most 25 MB) as base64, with its caption.
    'attachments.add': 36 * MB,
  },
  // The largest import and then some; 60 held bodies stay well below the 300 MB the host may use.
  heldBodyBytes: 80 * MB,
  maxConnections: 100,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

/** Longest request target accepted (longer ones answer 400). */
const MAX_TARGET = 2048;

/** Addresses `--host` accepts: this machine only. */
const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/** `--host` named an address other machines could reach. */
export class NonLoopbackHostError extends Error {
  constructor(readonly host: string) {
    super(`Chế độ trình duyệt chỉ chạy trên địa chỉ của chính máy này (127.0.0.1, ::1 hoặc localhost); không dùng được địa chỉ «${host}».`);
    this.name = 'NonLoopbackHostError';
  }
}

/** The loopback address to bind (`[::1]` taken as `::1`); throws NonLoopbackHostError for any other. */
export function loopbackHost(host: string): string {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (!LOOPBACK_HOSTS.includes(name)) throw new NonLoopbackHostError(host);
  return name;
}

const isLoopbackPeer = (address: string | undefined) =>
  address !== undefined && (/^127\./.test(address) || /^::ffff:127\./i.test(address) || address === '::1');

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, error: ApiError) => sendJson(res, status, { ok: false, error });

/** How long the rest of a refused request is still taken in (and dropped) before its connection ends. */
const LINGER_MS = 2_000;

/**
 * Ends the connection of a refused request without a reset the client would see before the
 * answer: once the answer is sent, the write side closes and whatever the client still sends
 * is dropped, until it stops or LINGER_MS passes.
 */
function lingerBeforeClose(socket: Socket | null): void {
  if (!socket || socket.destroyed) return;
  socket.destroySoon = () => {
    if (socket.writable) socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.once('end', () => socket.destroy());
    socket.resume();
  };
}

/**
 * A request refused before its body is read (or while it is read): answered, then the
 * connection is closed, so the rest of the body is never kept.
 */
function refuse(res: ServerResponse, status: number, error: ApiError, headers: Record<string, string> = {}): void {
  lingerBeforeClose(res.socket);
  sendJson(res, status, { ok: false, error }, { connection: 'close', ...headers });
}

const REFUSED = {
  peer: { code: 'FORBIDDEN', message: 'Chế độ trình duyệt chỉ phục vụ trình duyệt trên chính máy này' },
  host: { code: 'FORBIDDEN', message: 'Địa chỉ yêu cầu không phải địa chỉ của ứng dụng trên máy này' },
  site: { code: 'FORBIDDEN', message: 'Yêu cầu đến từ một trang web khác, không phải từ ứng dụng' },
  target: { code: 'VALIDATION', message: 'Địa chỉ yêu cầu không hợp lệ' },
  secret: { code: 'FORBIDDEN', message: 'Hãy mở ứng dụng bằng đúng địa chỉ được in ra khi khởi động (có mã truy cập)' },
  contentType: { code: 'VALIDATION', message: 'Nội dung yêu cầu phải có kiểu application/json' },
  tooLarge: { code: 'VALIDATION', message: 'Nội dung yêu cầu quá lớn' },
  busy: { code: 'INTERNAL', message: 'Ứng dụng đang nhận quá nhiều dữ liệu cùng lúc; hãy thử lại sau ít phút' },
  json: { code: 'VALIDATION', message: 'Nội dung yêu cầu không phải JSON hợp lệ' },
} satisfies Record<string, ApiError>;

const methodNotAllowed = (res: ServerResponse, allow: string) =>
  refuse(res, 405, { code: 'VALIDATION', message: `Chỉ chấp nhận phương thức ${allow.split(', ').join(' hoặc ')}` }, { allow });

const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * The path of a request target as decoded segments, or null when it is not one this host
 * serves: not origin-form (`*`, `http://…`), too long, empty segments (`///`), bad
 * percent-encoding (`%`, `%E0%A4%A`), `.`/`..`, or a separator, NUL or control character
 * hidden in a segment (`%2F`, `%5C`, `%00`). The query is ignored.
 */
export function pathSegments(target: string | undefined): string[] | null {
  if (!target || target.length > MAX_TARGET || !target.startsWith('/')) return null;
  const end = target.search(/[?#]/);
  const path = end < 0 ? target : target.slice(0, end);
  if (path === '/') return [];
  const parts = path.slice(1, path.endsWith('/') ? -1 : undefined).split('/');
  const segments: string[] = [];
  for (const part of parts) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\]/.test(segment) || hasControlCharacter(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

class BodyError extends Error {
  constructor(readonly status: 413 | 503) {
    super(status === 413 ? 'body too large' : 'too many bodies held');
  }
}

/** Counts the request bytes held in memory by all requests of one host. */
class HeldBytes {
  private held = 0;
  constructor(private readonly limit: number) {}
  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }
  give(bytes: number): void {
    this.held -= bytes;
  }
}

/**
 * The body, refused with 413 past `cap` bytes and 503 when the host already holds too much.
 * The stream is not destroyed at the refusal, so the answer still reaches the client before
 * the connection closes.
 */
function readBody(req: IncomingMessage, cap: number, held: HeldBytes): Promise<string> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      held.give(size);
      if (error) {
        // What else comes is dropped, never kept (the refusal closes the connection).
        req.resume();
        failed(error);
      } else done(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > cap) return finish(new BodyError(413));
      if (!held.take(chunk.length)) return finish(new BodyError(503));
      size += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onClose = () => finish(new Error('request closed before its end'));
    // Kept after the reading ends: an aborted request never emits an unheard 'error'.
    req.on('error', () => finish(new Error('request aborted')));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
  });
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

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The launch secret compared in constant time. */
function hasSecret(req: IncomingMessage, secret: string): boolean {
  const given = req.headers[LAUNCH_HEADER];
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(secret));
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
const isJson = (contentType: string | undefined) => (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

interface HostState {
  service: DataService;
  secret: string;
  root: string;
  limits: HostLimits;
  held: HeldBytes;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, host: HostState, name: string | undefined) {
  if (!hasSecret(req, host.secret)) return refuse(res, 403, REFUSED.secret);
  if (name === undefined) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET');
    return sendJson(res, 200, { ok: true, data: listCommands() });
  }
  if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
  // A form or text/plain body is what another site can send without asking: never run.
  if (!isJson(req.headers['content-type'])) return refuse(res, 415, REFUSED.contentType);
  if (!isCommandName(name)) return refuse(res, 404, { code: 'NOT_FOUND', message: `Không có lệnh «${name}»` });
  const cap = host.limits.importBodyBytes[name] ?? host.limits.bodyBytes;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!(declared <= cap)) return refuse(res, 413, REFUSED.tooLarge);
  let input: unknown;
  try {
    const text = await readBody(req, cap, host.held);
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyError) return refuse(res, error.status, error.status === 413 ? REFUSED.tooLarge : REFUSED.busy);
    // A broken or aborted body, or one that is not JSON.
    return refuse(res, 400, REFUSED.json);
  }
  const answer = await host.service.call(name, input, sessionOf(req), randomSessionKey);
  if (answer.session !== undefined) res.setHeader('set-cookie', sessionCookie(answer.session));
  sendJson(res, 200, answer.result);
}

/** Browser mode's stand-in for "open with the system viewer": download the generated file (session cookie only). */
async function serveDocument(req: IncomingMessage, res: ServerResponse, service: DataService, id: string, asPdf: boolean) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET');
  const { result } = await service.call(asPdf ? 'documents.pdf' : 'documents.open', { id }, sessionOf(req), () => '');
  if (!result.ok) return fail(res, result.error.code === 'NOT_FOUND' ? 404 : result.error.code === 'FORBIDDEN' ? 403 : 409, result.error);
  const data = result.data as { path: string; fileName: string };
  try {
    const body = await readFile(data.path);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': MIME[extname(data.fileName)] ?? 'application/octet-stream',
      'content-disposition': `attachment; filename="${encodeURIComponent(data.fileName)}"; filename*=UTF-8''${encodeURIComponent(data.fileName)}`,
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    fail(res, 404, { code: 'NOT_FOUND', message: 'Không tìm thấy tệp văn bản trong thư mục dữ liệu' });
  }
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, segments: string[]) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET');
  // Segments carry no separator, `..` nor drive letter: the file is inside the renderer folder.
  const wanted = segments.some((s) => s.includes(':')) ? root : join(root, ...segments);
  let file = wanted === root || wanted.startsWith(root + sep) ? wanted : join(root, 'index.html');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    file = join(root, 'index.html');
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có giao diện: hãy chạy "npm run build" trước.');
    return;
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  });
  res.end(body);
}

/**
 * Every request passes these before any route: from this machine, addressed to this host by
 * one of its loopback names (no DNS rebinding), and not sent by another site (Sec-Fetch-Site,
 * Origin). Answers the refusal and returns false, or returns true.
 */
function admitted(req: IncomingMessage, res: ServerResponse, allowedHosts: Set<string>): boolean {
  if (!isLoopbackPeer(req.socket.remoteAddress)) return (refuse(res, 403, REFUSED.peer), false);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts.has(host)) return (refuse(res, 421, REFUSED.host), false);
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return (refuse(res, 403, REFUSED.site), false);
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return (refuse(res, 403, REFUSED.site), false);
  return true;
}

function route(req: IncomingMessage, res: ServerResponse, host: HostState, allowedHosts: Set<string>): Promise<void> | void {
  if (!admitted(req, res, allowedHosts)) return;
  const segments = pathSegments(req.url);
  if (!segments) return refuse(res, 400, REFUSED.target);
  if (segments[0] === 'api') {
    if (segments.length > 2) return refuse(res, 404, { code: 'NOT_FOUND', message: 'Không có lệnh này' });
    return handleApi(req, res, host, segments[1]);
  }
  if (segments[0] === 'files' && segments[1] === 'documents' && segments[2] !== undefined) {
    const asPdf = segments[3] === 'pdf';
    if (segments.length > 4 || (segments.length === 4 && !asPdf)) return refuse(res, 404, { code: 'NOT_FOUND', message: 'Không tìm thấy văn bản' });
    return serveDocument(req, res, host.service, segments[2], asPdf);
  }
  return serveStatic(req, res, host.root, segments);
}

const REQUEST_TIMEOUT = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
const BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

/** A request the parser refuses (bad request line, oversized headers) or one too slow: 400 or 408, then the connection ends. */
function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (socket.writable && socket.bytesWritten === 0) socket.write(error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? REQUEST_TIMEOUT : BAD_REQUEST);
  socket.destroy();
}

export interface WebHostOptions {
  port: number;
  /** A loopback address (127.0.0.1, ::1, localhost); any other throws NonLoopbackHostError. */
  host?: string;
  dataDir: string;
  rendererDir?: string;
  /** The per-launch secret; random unless given (LDTE_LAUNCH_SECRET, for automated tests). */
  secret?: string;
  now?: () => Date;
  /** Body sizes, connections and times; DEFAULT_LIMITS for the rest. */
  limits?: Partial<HostLimits>;
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
 * line) and a non-loopback address (NonLoopbackHostError); logs startup failures to
 * `<data folder>/logs/app.log`.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = loopbackHost(options.host ?? '127.0.0.1');
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits };
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
  const state: HostState = { service, secret, root, limits, held: new HeldBytes(limits.heldBodyBytes) };
  let allowedHosts = new Set<string>();
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, limits.headersTimeoutMs / 4)),
    },
    (req, res) => {
      const failed = (error: unknown) => {
        logInternalError('web-host', error);
        fail(res, 500, { code: 'INTERNAL', message: 'Lỗi hệ thống không mong muốn' });
      };
      try {
        void Promise.resolve(route(req, res, state, allowedHosts)).catch(failed);
      } catch (error) {
        failed(error);
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on('clientError', onClientError);
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
  // Errors of single connections are handled per request; this keeps one from ending the process.
  server.on('error', (error) => logInternalError('web-host', error));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }).finally(() => {
      service.close();
      if (currentProcessLog() === service.log) setProcessLog(null);
    }));
  const origin = `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}/`;
  return { server, url: `${origin}#k=${secret}`, origin, secret, service, close };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4175' }, 'data-dir': { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultUserDataDir();
  startWebHost({ port: Number(values.port), host: values.host, dataDir }).then(
    ({ url, close, service }) => {
      // Ctrl+C closes the database and releases the data folder (handlers set before the line that announces the host),
      // after the automatic backup when it is due (a second Ctrl+C does not wait).
      let stopping = false;
      const stop = () => {
        if (stopping) process.exit(0);
        stopping = true;
        void service
          .finishBackups()
          .catch(() => undefined)
          .finally(() => void close().finally(() => process.exit(0)));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      console.log(`Ứng dụng đang chạy ở chế độ trình duyệt: ${url}  (dữ liệu: ${databasePath(dataDir)})`);
    },
    (error: unknown) => {
      // One line: the cause in Vietnamese; for anything but a held folder or a refused address, where the details are.
      if (error instanceof NonLoopbackHostError || error instanceof DataFolderLockedError) console.error(error.message);
      else console.error(`${describeStartupFailure(error, dataDir)} Chi tiết: ${appLogPath(dataDir)}`);
      process.exit(1);
    },
  );
}
