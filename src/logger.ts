import { pino, type Logger } from 'pino';

/** JSON lines for machines; readable lines when a person watches a terminal (pino-pretty, if installed). */
export async function createLogger(level: string, stream: NodeJS.WriteStream = process.stdout): Promise<Logger> {
  if (stream.isTTY && level !== 'silent') {
    try {
      const { default: pretty } = await import('pino-pretty');
      return pino({ level }, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
    } catch {
      // pino-pretty is optional at run time: fall back to JSON
    }
  }
  return pino({ level }, stream);
}
