import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { buildDeps, createApp, type AppDeps } from './app.js';
import type { Config } from './config.js';
import { loadStateFile, saveStateFile } from './control/state-file.js';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  deps: AppDeps;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then saves the state file. */
  stop(reason: string, graceMs?: number): Promise<void>;
}

/**
 * The process lifecycle of the CLI: restore the state file, listen, and on stop finish what is in
 * flight and save the state, so a restart loses nothing.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const deps = buildDeps(config, { logger });
  if (config.stateFile) {
    const restored = loadStateFile(config.stateFile, deps.control);
    logger.info({ stateFile: config.stateFile, tenants: restored }, restored ? `restored ${restored} tenant(s) from ${config.stateFile}` : `no state file yet at ${config.stateFile}`);
  }
  const server = createServer(createApp(deps));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, seed: config.seed }, `atrium-mock listening on ${url}`);

  let stopping: Promise<void> | undefined;
  const stop = (reason: string, graceMs = 10_000): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ reason }, 'stopping: no new connections, finishing requests in flight');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // keep-alive connections go idle as their last response is sent; close them as they do
      const sweeper = setInterval(() => server.closeIdleConnections(), 25);
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.warn({ graceMs }, 'requests still in flight after the grace period; closing their connections');
        server.closeAllConnections();
      }, graceMs);
      await closed;
      clearInterval(sweeper);
      clearTimeout(timer);
      if (config.stateFile) {
        const saved = saveStateFile(config.stateFile, deps.control);
        logger.info({ stateFile: config.stateFile, tenants: saved }, `saved ${saved} tenant(s) to ${config.stateFile}`);
      }
    })());
  return { url, port, server, deps, stop };
}
