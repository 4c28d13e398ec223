import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { buildDeps, createApp, type AppDeps } from './app.js';
import { resolveConfig, type Config } from './config.js';
import { ManualClock, type Clock } from './simulation/clock.js';
import { pino } from 'pino';

export { createApp, buildDeps } from './app.js';
export { resolveConfig, type Config } from './config.js';
export { ManualClock, systemClock, type Clock } from './simulation/clock.js';

export interface SimulatorOptions extends Partial<Omit<Config, 'port'>> {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to a ManualClock: simulated time only moves when the test says so. */
  clock?: Clock;
}

export interface Simulator {
  url: string;
  port: number;
  deps: AppDeps;
  server: Server;
  close(): Promise<void>;
}

/** Starts a simulator in this process, e.g. in a test's beforeAll: `const sim = await createSimulator()`. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const { clock, ...rest } = options;
  const config = resolveConfig({ port: 0, host: '127.0.0.1', logLevel: 'silent', ...rest });
  const deps = buildDeps(config, { clock: clock ?? new ManualClock(), logger: pino({ level: config.logLevel }) });
  const server = createServer(createApp(deps));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    deps,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
