/**
 * What the CLI checks before it starts, and how it tells a problem the user can fix (exit 2) from
 * a bug (a stack trace): each problem is one line that names the flag or variable to change.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, type Config } from './config.js';
import { seedSetSchema } from './control/seed-sets.js';
import { parseClients } from './http/client-keys.js';
import { DataFileError, readYamlData } from './simulation/data-file.js';
import { checkScenarioDirectory } from './simulation/scenario-catalog.js';

/** How the user set a setting: the flag they typed, else the environment variable, else the flag to use. */
export type SettingName = (key: keyof Config) => string;

/** `--clients-file x.json` or `ATRIUM_MOCK_CLIENTS_FILE=x.json`, as the user typed it. */
const typed = (name: string, value: string): string => (name.startsWith('-') ? `${name} ${value}` : `${name}=${value}`);

function directoryProblem(name: string, directory: string): string | undefined {
  if (!existsSync(directory)) return `${typed(name, directory)}: no such directory.`;
  if (!statSync(directory).isDirectory()) return `${typed(name, directory)}: not a directory.`;
  return undefined;
}

/** A clients file must be a JSON object of "client id": "api key". */
function clientsFileProblem(name: string, file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return `${typed(name, file)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be read (${(error as Error).message})`}.`;
  }
  try {
    // the simulator's own reading of the file, told as one line
    parseClients(text, file);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return `${typed(name, file)}: ${error.problems.join('; ').replace(/\.$/, '')}.`;
  }
  return undefined;
}

/** The directories and files the settings name, checked before anything is built; one line per problem. */
export function checkSettings(config: Config, nameOf: SettingName): string[] {
  const problems = [
    directoryProblem(nameOf('scenariosDir'), config.scenariosDir),
    directoryProblem(nameOf('fixturesDir'), config.fixturesDir),
    config.clientsFile === null ? undefined : clientsFileProblem(nameOf('clientsFile'), config.clientsFile),
  ];
  if (config.stateFile !== null) {
    // found now rather than when the state is saved at shutdown
    if (existsSync(config.stateFile) && statSync(config.stateFile).isDirectory()) problems.push(`${typed(nameOf('stateFile'), config.stateFile)}: is a directory, not a file.`);
    else if (!existsSync(dirname(config.stateFile))) problems.push(`${typed(nameOf('stateFile'), config.stateFile)}: the directory ${dirname(config.stateFile)} does not exist.`);
  }
  return problems.filter((problem): problem is string => problem !== undefined);
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};

/**
 * The message for a startup problem the user can fix, or undefined for anything else (a bug keeps
 * its stack trace). Busy ports and unreadable files are node errors with a code.
 */
export function describeStartupError(error: unknown, config: Pick<Config, 'port' | 'host'> | undefined, nameOf: SettingName): string | undefined {
  if (error instanceof ConfigError || error instanceof DataFileError) return error.message;
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'StateFileError') return error.message.replace(/\n/g, ' ');
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  const where = config ? `${config.host}:${config.port}` : 'the address';
  if (code === 'EADDRINUSE') return `Port ${config?.port} is already in use on ${config?.host} (${nameOf('port')}): stop what listens there, or choose another port (0 picks a free one).`;
  if (code === 'EACCES' && syscall === 'listen') return `No permission to listen on ${where} (${nameOf('port')}): ports below 1024 need privileges; choose another port.`;
  if (code === 'EADDRNOTAVAIL') return `Cannot listen on ${where} (${nameOf('host')}): this machine has no such address.`;
  if (code && path && SYSTEM_ERRORS[code]) return `Cannot start: ${path}: ${SYSTEM_ERRORS[code]}.`;
  return undefined;
}

export interface DataFilesCheck {
  scenarios: number;
  withExpect: number;
  seedSets: number;
  files: number;
  errors: DataFileError[];
}

/** Every scenario file and seed set, each broken one reported (not only the first). */
export function checkDataFiles(scenariosDir: string, fixturesDir: string): DataFilesCheck {
  const { scenarios, errors } = checkScenarioDirectory(scenariosDir);
  const setsDir = join(fixturesDir, 'sets');
  const setFiles = existsSync(setsDir) ? readdirSync(setsDir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
  let seedSets = 0;
  for (const name of setFiles) {
    try {
      readYamlData(join(setsDir, name), seedSetSchema, 'seed set');
      seedSets += 1;
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      errors.push(error);
    }
  }
  return {
    scenarios: scenarios.length,
    withExpect: scenarios.filter((scenario) => scenario.expect).length,
    seedSets,
    files: scenarios.length + seedSets + errors.length,
    errors,
  };
}
