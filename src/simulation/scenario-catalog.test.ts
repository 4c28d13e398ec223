import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenariosDir } from '../paths.js';
import { DataFileError } from './data-file.js';
import { createScenarioCatalog, loadScenarioDirectory } from './scenario-catalog.js';

function directoryWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe('scenario files', () => {
  it('loads every shipped scenario', () => {
    const names = loadScenarioDirectory(defaultScenariosDir).map((scenario) => scenario.name);
    expect(names).toEqual(expect.arrayContaining(['connected', 'mfa-text-follow-up', 'mfa-options', 'denied', 'locked']));
  });

  it('names the file, the field path and what was expected when a file is broken', () => {
    const directory = directoryWith({
      'bad.yml': 'name: bad\ndescription: x\nauthentication:\n  challenges:\n    - id: q\n      type: TEXT\n      label: Q\n      answers: { correct: NOWHERE }\n',
    });
    const error = (() => {
      try {
        loadScenarioDirectory(directory);
      } catch (caught) {
        return caught as DataFileError;
      }
      throw new Error('expected a DataFileError');
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toContain(join(directory, 'bad.yml'));
    expect(error.problems).toEqual([expect.stringContaining('authentication.challenges.0.answers.correct: expected a challenge id (q) or an outcome')]);
  });

  it('reports invalid YAML and duplicate names', () => {
    expect(() => loadScenarioDirectory(directoryWith({ 'a.yml': 'name: [' }))).toThrow(/not valid YAML/);
    const twice = 'name: same\ndescription: x\n';
    expect(() => loadScenarioDirectory(directoryWith({ 'a.yml': twice, 'b.yml': twice }))).toThrow(/"same" is already used by/);
  });

  it('picks the most specific matching scenario', () => {
    const catalog = createScenarioCatalog(loadScenarioDirectory(defaultScenariosDir));
    expect(catalog.match({ institution_code: 'mxbank', credentials: { password: 'challenge' } }).name).toBe('mfa-text-follow-up');
    expect(catalog.match({ institution_code: 'mxbank', credentials: { password: 'INVALID' } }).name).toBe('denied');
    expect(catalog.match({ institution_code: 'chase', credentials: { password: 'whatever' } }).name).toBe('connected');
  });
});
