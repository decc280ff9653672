import { connect, type Socket } from 'node:net';

/** What came back on one raw connection. */
export interface RawAnswer {
  /** The status of the first response, or null when none came. */
  status: number | null;
  head: string;
  body: string;
  /** The server ended the connection (rather than the client giving up waiting). */
  closedByServer: boolean;
  /** Milliseconds from connecting to the end. */
  ms: number;
}

export interface RawOptions {
  /** Give up (and close) after this long; 5 s unless told. */
  timeoutMs?: number;
  address?: string;
}

/**
 * Sends bytes exactly as given (or lets `write` drive the socket) and collects the answer
 * until the server closes the connection or the wait runs out. Socket errors (a reset after
 * a refusal) are part of the answer, never a failure.
 */
export function rawRequest(port: number, request: string | Buffer | ((socket: Socket) => Promise<void>), options: RawOptions = {}): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((done) => {
    const socket = connect({ port, host: options.address ?? '127.0.0.1' });
    const chunks: Buffer[] = [];
    let closedByServer = true;
    const timer = setTimeout(() => {
      closedByServer = false;
      socket.destroy();
    }, options.timeoutMs ?? 5_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      done({ status: status ? Number(status) : null, head, body: split < 0 ? '' : Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'), closedByServer, ms: Date.now() - started });
    });
    socket.once('connect', () => {
      if (typeof request === 'function') void request(socket).catch(() => {});
      else socket.write(request);
    });
  });
}

/** One HTTP/1.1 request as text, `Connection: close` so the answer ends with the connection. */
export function httpText(method: string, target: string, headers: Record<string, string>, body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'connection')) lines.push('Connection: close');
  if (body && !Object.keys(headers).some((k) => /^(content-length|transfer-encoding)$/i.test(k))) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves false when the socket can take no more (closed or reset by the server). */
export function writeSome(socket: Socket, data: string | Buffer): Promise<boolean> {
  if (socket.destroyed || !socket.writable) return Promise.resolve(false);
  return new Promise((done) => socket.write(data, (error) => done(!error)));
}
