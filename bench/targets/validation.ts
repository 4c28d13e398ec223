import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Comparison, Target } from '../plan.js';
import { memberWorld } from '../worlds/member-world.js';

/**
 * Target 8: what --response-validation strict (the default) costs against off, on status and
 * accounts. Two simulators of their own, made the same way and loaded only here, measured back to
 * back: sharing the strict one with other targets measured their history and the minutes between
 * its load and the other's, not validation.
 */
export const validationTarget: Target = {
  name: 'validation',
  async prepare(bench) {
    const [strict, off] = await Promise.all([memberWorld(bench, 'strict', 'validation'), memberWorld(bench, 'off', 'validation')]);
    const comparisons: Comparison[] = [];
    for (const what of ['status', 'accounts'] as const) {
      const label = what === 'status' ? 'GET /users/{u}/members/{m}/status' : 'GET /users/{u}/accounts (25 records)';
      const subject = getLoad(bench, `validation-strict:${what}`, `simulator ${label}, --response-validation strict`, strict.server, strict[what].path);
      const reference = getLoad(bench, `validation-off:${what}`, `simulator ${label}, --response-validation off`, off.server, off[what].path);
      const ceiling = await fixedCeiling(bench, what === 'status' ? 'small' : 'large', strict[what].answer.text, getHeaders('bench'));
      comparisons.push({ target: 'validation', label: `${what}: validation strict / off`, subject, reference, goal: 0.95, ceiling });
    }
    return { comparisons };
  },
};
