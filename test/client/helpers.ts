/**
 * Small helpers shared by the client, SDK and Pact tests. No imports: the Pact consumer project
 * uses them without loading the simulator.
 */

/** What a promise rejects with; fails the test when it resolves. */
export async function failureOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (reason) {
    return reason;
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/** The workflow's wait between polls, taking no time: the simulator moves one job phase per /status read. */
export const noWait = async (): Promise<void> => {};

/** MX Bank's credential fields: fixture data, the same in every tenant and in MX's docs. */
export const MXBANK_LOGIN = 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1';
export const MXBANK_PASSWORD = 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d';
