import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README and docs/ link to each other; a link that points nowhere is a dead end for a newcomer. */
const root = process.cwd();
const pages = ['README.md', 'CHANGELOG.md', 'examples/README.md', 'examples/docker-compose/README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchors = (markdown: string): Set<string> =>
  new Set(
    [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
      heading!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );

const links = (markdown: string): string[] => [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);

describe('the documentation', () => {
  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    for (const target of links(text).filter((link) => !/^[a-z]+:/.test(link))) {
      const [path, anchor] = target.split('#');
      const file = path ? resolve(dirname(join(root, page)), path) : join(root, page);
      expect(existsSync(file), `${page} -> ${target}`).toBe(true);
      if (anchor && file.endsWith('.md')) expect(anchors(readFileSync(file, 'utf8')), `${page} -> ${target}`).toContain(anchor);
    }
  });

  it('indexes every page of docs/ in docs/README.md', () => {
    const index = readFileSync(join(root, 'docs/README.md'), 'utf8');
    const listed = new Set(links(index).filter((link) => !link.includes('/')));
    const written = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(written.filter((name) => !listed.has(name)), 'pages missing from docs/README.md').toEqual([]);
  });

  it('keeps the README short: a newcomer reads the contents, then the docs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(readme).toMatch(/^- \[Install\]\(#install\)$/m);
    expect(readme.split('\n').length).toBeLessThan(250);
  });
});
