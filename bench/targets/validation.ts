import { loadSpec } from '../../src/http/openapi.js';
import { ATRIUM_JSON } from '../../src/http/reply.js';
import { ResponseValidator } from '../../src/http/response-validation.js';
import { atriumSpecJsonPath } from '../../src/paths.js';
import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Comparison, Target } from '../plan.js';
import { memberWorld } from '../worlds/member-world.js';

/**
 * Microseconds one response check of `body` takes in this process: the median of 5 batches of
 * about 50 ms after one to warm up. What the server pays per reply, without the noise of a load.
 */
function checkMicroseconds(validator: ResponseValidator, operationId: string, body: unknown): number {
  const reply = { status: 200, body };
  if (validator.check(operationId, reply, ATRIUM_JSON).length > 0) throw new Error(`the ${operationId} answer fails its own check`);
  const batch = (): number => {
    const since = process.hrtime.bigint();
    let checks = 0;
    while (process.hrtime.bigint() - since < 50_000_000n) {
      for (let i = 0; i < 100; i += 1) validator.check(operationId, reply, ATRIUM_JSON);
      checks += 100;
    }
    return Number(process.hrtime.bigint() - since) / 1_000 / checks;
  };
  batch();
  const batches = Array.from({ length: 5 }, batch).sort((a, b) => a - b);
  return batches[2]!;
}

/**
 * Target 8: what --response-validation strict (the default) costs against off, on status and
 * accounts. Two simulators of their own, made the same way and loaded only here, measured back to
 * back: sharing the strict one with other targets measured their history and the minutes between
 * its load and the other's, not validation. A third, the same as the strict one, shows how far
 * the machine alone moves such a ratio.
 */
export const validationTarget: Target = {
  name: 'validation',
  async prepare(bench) {
    const [strict, off, again] = await Promise.all([
      memberWorld(bench, 'strict', 'validation'),
      memberWorld(bench, 'off', 'validation'),
      memberWorld(bench, 'strict', 'validation-again'),
    ]);
    const validator = new ResponseValidator(loadSpec(atriumSpecJsonPath).document);
    const comparisons: Comparison[] = [];
    for (const what of ['status', 'accounts'] as const) {
      const label = what === 'status' ? 'GET /users/{u}/members/{m}/status' : 'GET /users/{u}/accounts (25 records)';
      const subject = getLoad(bench, `validation-strict:${what}`, `simulator ${label}, --response-validation strict`, strict.server, strict[what].path);
      const reference = getLoad(bench, `validation-off:${what}`, `simulator ${label}, --response-validation off`, off.server, off[what].path);
      const ceiling = await fixedCeiling(bench, what === 'status' ? 'small' : 'large', strict[what].answer.text, getHeaders('bench'));
      const operationId = what === 'status' ? 'readMemberStatus' : 'listUserAccounts';
      const cost = checkMicroseconds(validator, operationId, JSON.parse(strict[what].answer.text));
      const note = `one check in the bench process: ${cost.toFixed(1)} us`;
      comparisons.push({ target: 'validation', label: `${what}: validation strict / off`, subject, reference, goal: 0.95, ceiling, note });
    }
    // the same comparison between two servers that differ in nothing: how far this machine moves a ratio of 1
    const twin = getLoad(bench, 'validation-again:status', 'simulator GET /users/{u}/members/{m}/status, --response-validation strict, a second server', again.server, again.status.path);
    comparisons.push({
      target: 'validation',
      label: 'status: strict / strict on a second server',
      subject: 'validation-strict:status',
      reference: twin,
      goal: null,
      ceiling: await fixedCeiling(bench, 'small', strict.status.answer.text, getHeaders('bench')),
      note: 'the noise floor of the rows above: any ratio but 1.00x is the machine',
    });
    return { comparisons };
  },
};
