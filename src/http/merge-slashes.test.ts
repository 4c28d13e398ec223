import { describe, expect, it } from 'vitest';
import { mergeSlashes } from './merge-slashes.js';

describe('mergeSlashes merges repeated slashes of the path, as nginx does', () => {
  it('merges a leading double slash (a base URL with a trailing slash)', () => {
    expect(mergeSlashes('//users')).toBe('/users');
  });

  it('merges runs of slashes anywhere in the path, trailing ones included', () => {
    expect(mergeSlashes('/users//USR-1///members//')).toBe('/users/USR-1/members/');
  });

  it('leaves the query string exactly as sent, slashes and all', () => {
    expect(mergeSlashes('//institutions?name=a//b&redirect=http://x//y')).toBe('/institutions?name=a//b&redirect=http://x//y');
    expect(mergeSlashes('/users?next=//x')).toBe('/users?next=//x');
  });

  it('returns a path without repeated slashes unchanged', () => {
    expect(mergeSlashes('/users/USR-1')).toBe('/users/USR-1');
    expect(mergeSlashes('/')).toBe('/');
  });

  it('does not decode percent-encoded slashes (they are data, not separators)', () => {
    expect(mergeSlashes('/institutions/a%2F%2Fb')).toBe('/institutions/a%2F%2Fb');
  });
});
