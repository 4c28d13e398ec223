import { afterEach } from 'vitest';
import { stopChildren } from './cli-process.js';

// A setup file, not a hook in cli-process.ts: files share one module cache (isolate: false), so a
// hook registered when that module first loads would run for the first file that imports it only,
// and the CLI processes of every later file would outlive the run.
afterEach(stopChildren);
