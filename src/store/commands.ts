/**
 * What changed a tenant, as data: every state is its snapshot plus these, replayed in order
 * (store/tenant-store.ts). A command holds what the request said, never what it answered, so
 * replaying it through the same code gives the same state, ids and all.
 */
export type Command = AtriumCommand | ControlCommand | BrowserCommand;

interface CommandBase {
  /** The base clock (ms) when it ran; the tenant's own time is this plus its clock offset. */
  at: number;
  /** Secrets drawn from crypto randomness while it ran (link tokens), in the order they were drawn. */
  tokens?: string[];
}

/** An Atrium request as it arrived (query and body before any casting). */
export interface AtriumCommand extends CommandBase {
  kind: 'atrium';
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  /** Where the client reached the simulator (for URLs that point back at it). */
  public_url: string;
}

/** A control-plane operation that changes a tenant's state (faults, journal and metrics are not state). */
export interface ControlCommand extends CommandBase {
  kind: 'control';
  op: string;
  args: Record<string, unknown>;
}

/** A browser opened a one-time link (OAuth window, Connect widget URL). */
export interface BrowserCommand extends CommandBase {
  kind: 'browser';
  link: 'oauth' | 'connect';
  token: string;
  outcome?: 'CONNECTED' | 'DENIED';
  public_url: string;
}
