/**
 * `//users/USR-1//members` -> `/users/USR-1/members`: nginx merges repeated slashes in the path
 * by default (`merge_slashes on`), and so did Rails' router behind it. Every SDK but Ruby's and
 * C#'s joins its base URL and the path by plain concatenation, so a base URL with a trailing
 * slash (`http://localhost:8080/`) sends `//users`. The query string is left exactly as sent.
 */
export function mergeSlashes(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!path.includes('//')) return url;
  return path.replace(/\/{2,}/g, '/') + (queryAt === -1 ? '' : url.slice(queryAt));
}
