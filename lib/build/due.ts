/**
 * Whether a scheduled article has become due since the last build: the scheduled deploy
 * asks this every few minutes, so it reads front matter only, never Markdown bodies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseContentFile } from '../content/front-matter';
import { parseInstant } from '../dates';
import { buildStateFile } from './build-plan';

export type DueResult = {
  due: boolean;
  /** Why: the due files (relative to the content root), or that no earlier build is known. */
  files: string[];
  lastBuild: Date | undefined;
};

/** The last finished build's time, from the state it left beside `exportDir`; undefined when none is readable. */
export function readLastBuildTime(exportDir: string): Date | undefined {
  let text: string;
  try {
    text = fs.readFileSync(buildStateFile(exportDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'buildTime' in data && typeof data.buildTime === 'string') {
      return parseInstant(data.buildTime);
    }
  } catch {
    // A damaged state file means the same as none: build.
  }
  return undefined;
}

function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !path.basename(name).startsWith('_'))
    .map((name) => path.join(folder, name))
    .sort();
}

/**
 * The articles under `contentRoot`/articles that are not drafts and dated after `lastBuild`
 * and at or before `now`; with no last build, due without reading anything.
 * Throws only when the content folder cannot be read.
 */
export function findDueArticles(contentRoot: string, lastBuild: Date | undefined, now: Date): DueResult {
  if (!lastBuild) return { due: true, files: [], lastBuild };
  const files: string[] = [];
  for (const file of markdownFiles(path.join(contentRoot, 'articles'))) {
    const { data } = parseContentFile(fs.readFileSync(file, 'utf8'));
    if (typeof data !== 'object' || data === null) continue;
    const fields = new Map(Object.entries(data));
    if (fields.get('draft') === true) continue;
    const raw = fields.get('date');
    const date = typeof raw === 'string' ? parseInstant(raw) : raw instanceof Date ? raw : undefined;
    if (date && date > lastBuild && date <= now) files.push(path.relative(contentRoot, file));
  }
  return { due: files.length > 0, files, lastBuild };
}

/** The one line `npm run check -- --due` prints, Dutch first for editors. */
export function describeDue(result: DueResult): string {
  if (!result.lastBuild) return 'due: geen vorige build bekend, dus bouwen (no earlier build known: build)';
  if (result.due) return `due: nu live te zetten (due now): ${result.files.join(', ')}`;
  return `niet due: geen geplande artikelen sinds de vorige build (nothing due since ${result.lastBuild.toISOString()})`;
}
