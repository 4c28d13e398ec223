import { accountFromTemplate, accountNumberOf, generatedAccountTemplates } from '../factories/accounts.js';
import { generateAccountOwners } from '../factories/account-owners.js';
import { toMxTimestamp } from '../simulation/clock.js';
import { drawUint32, nextGuid } from '../store/random.js';
import type { Job, JobType, MemberState } from '../store/tenant-state.js';
import type { Phase } from '../simulation/engine.js';
import type { DomainContext } from './context.js';

function seedFrom(ctx: DomainContext): number {
  return drawUint32(ctx.tenant.random, 1)[0]!;
}

/** Every job that reaches the institution discovers the member's accounts when it has none yet. */
function discoverAccounts(ctx: DomainContext, state: MemberState): void {
  if (Object.keys(state.accounts).length > 0) return;
  const { member } = state;
  const institution = ctx.institutions.get(member.institution_code);
  const templates =
    institution.code === 'mxbank' ? ctx.data.mxbankAccounts : generatedAccountTemplates(institution.account_profile, seedFrom(ctx));
  const timestamp = toMxTimestamp(ctx.now);
  for (const template of templates) {
    const guid = nextGuid(ctx.tenant.random, 'ACT');
    const owner = { guid, member_guid: member.guid, user_guid: member.user_guid, institution_code: member.institution_code };
    state.accounts[guid] = accountFromTemplate(template, owner, timestamp);
  }
}

/** Identification replaces the owners it found last time. */
function identifyOwners(ctx: DomainContext, state: MemberState): void {
  const accounts = Object.values(state.accounts);
  state.account_owners = generateAccountOwners(accounts, seedFrom(ctx), () => nextGuid(ctx.tenant.random, 'ACO'));
}

/** Verification reveals numbers of demand-deposit accounts only (MX docs). */
function verifyAccountNumbers(_ctx: DomainContext, state: MemberState): void {
  state.account_numbers = Object.values(state.accounts)
    .filter(({ account }) => account.type === 'CHECKING' || account.type === 'SAVINGS')
    .map(accountNumberOf);
}

type Effect = (ctx: DomainContext, state: MemberState) => void;

/** What each job type leaves behind when it completes. */
const RESULTS: Partial<Record<JobType, Effect>> = {
  identification: identifyOwners,
  verification: verifyAccountNumbers,
};

/** Data effects of entering a phase, beside the look that domain/lifecycle.ts gives the member. */
export function applyPhaseEffects(ctx: DomainContext, state: MemberState, job: Job, phase: Phase): void {
  if (phase === 'accounts_processed') discoverAccounts(ctx, state);
  if (phase === 'completed') RESULTS[job.type]?.(ctx, state);
}
