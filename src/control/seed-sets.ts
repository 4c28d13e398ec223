import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlData } from '../simulation/data-file.js';
import { scriptSchema } from '../simulation/script-schema.js';

/** A named fixture set: client calls that build a realistic state (POST /__mock/seed {"set": name}). */
export const seedSetSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case'),
  description: z.string().min(1),
  steps: scriptSchema,
});
export type SeedSet = z.infer<typeof seedSetSchema>;

export function loadSeedSets(directory: string): SeedSet[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => readYamlData(join(directory, name), seedSetSchema, 'seed set'));
}
