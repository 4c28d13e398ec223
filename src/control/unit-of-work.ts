import { randomBytes } from 'node:crypto';
import type { Work } from '../domain/context.js';

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * One request's Work: secrets come from crypto randomness and are recorded, so the command
 * that is logged can hand them back on replay; a replayed command hands back its own.
 */
export class UnitOfWork implements Work {
  changed = false;
  readonly tokens: string[] = [];
  readonly #replaying: string[] | undefined;

  constructor(replayTokens?: readonly string[]) {
    this.#replaying = replayTokens ? [...replayTokens] : undefined;
  }

  token(length: number): string {
    if (this.#replaying) {
      const token = this.#replaying.shift();
      if (token === undefined) throw new Error('the command being replayed drew more secrets than it recorded');
      return token;
    }
    let token = '';
    while (token.length < length) {
      // 248 = 4 x 62: bytes at or above it are dropped, so every character is equally likely
      for (const byte of randomBytes(length * 2)) if (byte < 248 && token.length < length) token += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
    }
    this.tokens.push(token);
    return token;
  }
}
