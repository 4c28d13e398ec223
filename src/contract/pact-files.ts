/** Finding and reading consumer pact files (V2, V3 and V4 JSON) without the pact core. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PactInteraction {
  description: string;
  /** Provider state names, in the order the verifier sets them up. */
  states: string[];
  /** V4 interaction type; V2/V3 interactions are HTTP, V3 `messages` asynchronous messages. */
  type: string;
  /** An asynchronous message's expected payload (its example values): which webhook the consumer expects. */
  content?: unknown;
}

export interface PactFile {
  path: string;
  consumer: string;
  provider: string;
  interactions: PactInteraction[];
}

const HTTP = 'Synchronous/HTTP';
/** Pact's name for a message a consumer receives, the shape of an MX webhook. */
export const ASYNC_MESSAGE = 'Asynchronous/Messages';

export const isMessage = (interaction: Pick<PactInteraction, 'type'>): boolean => interaction.type === ASYNC_MESSAGE;

/** The files to verify: each path as given, a directory as its `*.json` files (sorted). Answers the files and a problem per unusable path. */
export function findPactFiles(paths: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      problems.push(`${path}: no such file or directory.`);
      continue;
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const found = readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(path, name));
    if (found.length === 0) problems.push(`${path}: the directory has no pact files (*.json).`);
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}

type Json = Record<string, unknown>;

const nameOf = (party: unknown): string => (typeof (party as Json | undefined)?.name === 'string' ? ((party as Json).name as string) : '(unnamed)');

function statesOf(interaction: Json): string[] {
  if (Array.isArray(interaction.providerStates)) {
    return interaction.providerStates.map((state) => (typeof (state as Json)?.name === 'string' ? ((state as Json).name as string) : '')).filter(Boolean);
  }
  return typeof interaction.providerState === 'string' && interaction.providerState !== '' ? [interaction.providerState] : [];
}

/** Reads one pact file; answers it or a sentence saying why it cannot be verified. */
export function readPactFile(path: string): PactFile | string {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `${path}: not a readable JSON file (${(error as Error).message}).`;
  }
  return parsePact(raw, path);
}

/** A pact document already read (from a file, or from a Pact Broker, `path` then being its URL). */
export function parsePact(raw: unknown, path: string): PactFile | string {
  const pact = (raw && typeof raw === 'object' ? raw : {}) as Json;
  // V2-V4 list `interactions`; a V3 message pact lists `messages`
  const http = Array.isArray(pact.interactions) ? (pact.interactions as (Json | undefined)[]) : undefined;
  const v3Messages = Array.isArray(pact.messages) ? (pact.messages as (Json | undefined)[]) : undefined;
  if (!http && !v3Messages) {
    return `${path}: not a pact file (no "interactions" or "messages" list).`;
  }
  const read = (interaction: Json | undefined, type: string, content: unknown): PactInteraction => ({
    description: typeof interaction?.description === 'string' ? interaction.description : '(no description)',
    states: statesOf(interaction ?? {}),
    type,
    ...(type === ASYNC_MESSAGE ? { content } : {}),
  });
  const interactions = [
    ...(http ?? []).map((interaction) => {
      const type = typeof interaction?.type === 'string' ? interaction.type : HTTP;
      return read(interaction, type, (interaction?.contents as Json | undefined)?.content);
    }),
    ...(v3Messages ?? []).map((message) => read(message, ASYNC_MESSAGE, message?.contents)),
  ];
  const unsupported = interactions.filter((interaction) => interaction.type !== HTTP && interaction.type !== ASYNC_MESSAGE);
  if (unsupported.length > 0) {
    return `${path}: ${unsupported.length} interaction(s) are neither HTTP nor asynchronous messages (${[...new Set(unsupported.map((interaction) => interaction.type))].join(', ')}, e.g. "${unsupported[0]!.description}"); the simulator verifies HTTP interactions and webhook messages (${ASYNC_MESSAGE}).`;
  }
  return { path, consumer: nameOf(pact.consumer), provider: nameOf(pact.provider), interactions };
}

export const describeStates = (states: readonly string[]): string => (states.length ? ` (given ${states.map((state) => `"${state}"`).join(' and ')})` : '');
