import { existsSync, renameSync, rmSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Server as NetServer } from 'node:net';
import { pino, type Logger } from 'pino';
import { buildDeps, createApp, type AppDeps } from './app.js';
import type { Config } from './config.js';
import { readJsonStateFile } from './control/state-file.js';
import type { StateBackend } from './store/backend.js';
import { MemoryBackend } from './store/memory-backend.js';
import { SqliteBackend, fileKind } from './store/sqlite-backend.js';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  deps: AppDeps;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), closes idle connections cleanly, then closes the state. */
  stop(reason: string, graceMs?: number): Promise<void>;
}

/** An idle keep-alive connection is closed once it stayed idle this long after a stop began (a request that arrives first is served). */
const IDLE_CLOSE_MS = 250;
/** Resident tenants with commands in their log that stayed quiet this long are compacted (busy ones every 128 commands). */
const COMPACT_EVERY_MS = 5_000;

/** Node's own refusals, before any handler runs: what they answer. */
const CLIENT_ERRORS: Record<string, [status: number, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request headers are larger than the simulator reads (16 KB in all, the path and query included).'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive whole in time (--request-timeout, --headers-timeout).'],
};

/**
 * What Node answers itself (headers too large, a malformed request, a request too slow), in
 * MX's error body like every other refusal; as Node does, only when nothing of a response went
 * out yet, and the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex): void {
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean; req?: { method?: string } } })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Malformed HTTP request.'];
    // a body only where the method is known and not HEAD (the bytes Node kept may start mid-request)
    const method = inFlight?.req?.method ?? /^([A-Z]+) /.exec(error.rawPacket?.subarray(0, 16).toString('latin1') ?? '')?.[1];
    const body = method !== undefined && method !== 'HEAD' ? JSON.stringify({ error: { message } }) : '';
    const type = body ? 'Content-Type: application/json; charset=utf-8\r\n' : '';
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** A path not taken yet for the JSON file a database replaces. */
function keptName(file: string): string {
  for (let n = 0; ; n += 1) {
    const candidate = `${file}.v1${n === 0 ? '' : `-${n}`}.json`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * The state database named by --state-file. A JSON state file of the old format there is
 * imported once: every tenant is checked first, the database is built beside it, and only
 * then does the JSON file move aside (to <file>.v1.json) and the database take its name.
 */
export function openStateBackend(config: Config, logger: Logger): StateBackend {
  const file = config.stateFile;
  if (file === null) return new MemoryBackend();
  if (fileKind(file) === 'json') {
    const staging = buildDeps(config, { logger: pino({ level: 'silent' }) });
    const tenants = readJsonStateFile(file, staging.control, staging.tenants);
    const temporary = `${file}.importing-${process.pid}`;
    rmSync(temporary, { force: true });
    const database = new SqliteBackend(temporary, config.sync);
    database.importTenants(tenants);
    database.close();
    const kept = keptName(file);
    renameSync(file, kept);
    renameSync(temporary, file);
    logger.info({ stateFile: file, kept, tenants: tenants.length }, `imported ${tenants.length} tenant(s) from the JSON state file into the database ${file}; the JSON file is kept at ${kept}`);
  }
  return new SqliteBackend(file, config.sync);
}

/**
 * The process lifecycle of the CLI: open the state, listen, and on stop finish what is in
 * flight. Every answered change is already in the state database when it is answered.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const backend = openStateBackend(config, logger);
  const deps = buildDeps(config, { logger, backend });
  if (backend.kind === 'sqlite') logger.info({ stateFile: config.stateFile, tenants: backend.count() }, `state database ${config.stateFile}: ${backend.count()} tenant(s)`);
  const listener = createApp(deps);
  let stopping = false;
  // requests in flight per connection, and since when a connection is idle
  const connections = new Map<Socket, { active: number; idleTimer: NodeJS.Timeout | undefined }>();
  const closeWhenIdle = (socket: Socket) => {
    const state = connections.get(socket);
    if (!state || state.active > 0 || state.idleTimer) return;
    state.idleTimer = setTimeout(() => socket.end(), IDLE_CLOSE_MS);
  };
  const server = createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(config.requestTimeoutMs, config.headersTimeoutMs) / 4))),
    },
    (req: IncomingMessage, res: ServerResponse) => {
      const state = connections.get(req.socket);
      if (state) {
        state.active += 1;
        clearTimeout(state.idleTimer);
        state.idleTimer = undefined;
        res.once('close', () => {
          state.active -= 1;
          if (stopping) closeWhenIdle(req.socket);
        });
      }
      if (stopping) res.setHeader('Connection', 'close');
      listener(req, res);
    },
  );
  server.on('clientError', answerClientError);
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, idleTimer: undefined });
    socket.once('close', () => {
      clearTimeout(connections.get(socket)?.idleTimer);
      connections.delete(socket);
    });
    if (stopping) closeWhenIdle(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'server error'));
  deps.background.start();
  const compaction = setInterval(() => {
    try {
      deps.tenants.compactQuiet();
    } catch (error) {
      logger.error({ err: error }, 'could not compact the state');
    }
  }, COMPACT_EVERY_MS);
  compaction.unref();
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, seed: config.seed }, `atrium-mock listening on ${url}`);

  let stopped: Promise<void> | undefined;
  const stop = (reason: string, graceMs = 10_000): Promise<void> =>
    (stopped ??= (async () => {
      logger.info({ reason }, 'stopping: no new connections, finishing requests in flight');
      stopping = true;
      clearInterval(compaction);
      deps.background.stop();
      // stop listening without http.Server#close, which would cut idle connections at once
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      for (const socket of connections.keys()) closeWhenIdle(socket);
      const timer = setTimeout(() => {
        logger.warn({ graceMs }, 'requests still in flight after the grace period; closing their connections');
        for (const socket of connections.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(timer);
      server.close();
      deps.tenants.close();
    })());
  return { url, port, server, deps, stop };
}
