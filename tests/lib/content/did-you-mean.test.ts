import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { ContentErrors } from '@/lib/content/problems';

// A misspelt reference names the file the editor most likely meant.

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/content/invalid/unknown-athlete');
const NOW = new Date('2025-12-01T12:00:00Z');

function messagesWith(athletes: string[]): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'did-you-mean-'));
  try {
    fs.cpSync(FIXTURE, root, { recursive: true });
    const file = path.join(root, 'articles/onbekende-schaatser.md');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(/athletes:\n( {2}- .*\n)+/, `athletes: [${athletes.join(', ')}]\n`);
    fs.writeFileSync(file, text);
    loadContent({ root, now: NOW, includeUnpublished: false });
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems.map((problem) => problem.message);
    throw error;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('a reference to a file that does not exist', () => {
  it('suggests the slug it most likely meant', () => {
    expect(messagesWith(['sane-visser'])).toEqual([
      expect.stringMatching(
        /^verwacht de slug van een bestand in .*\/athletes\/; gevonden: "sane-visser"; bedoel je "sanne-visser"\?$/,
      ),
    ]);
  });

  it('suggests nothing for a slug like no file', () => {
    expect(messagesWith(['anna-niemand'])).toEqual([
      expect.stringMatching(/^verwacht de slug van een bestand in .*\/athletes\/; gevonden: "anna-niemand"$/),
    ]);
  });
});
