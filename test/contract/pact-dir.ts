import { fileURLToPath } from 'node:url';

/** Where the consumer tests write pacts and the provider tests read them (gitignored; emptied before each consumer run). */
export const PACT_DIR = fileURLToPath(new URL('../../pacts', import.meta.url));
