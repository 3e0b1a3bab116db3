import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStateFile, writeBuildState } from '../../../lib/build/build-plan';
import { findDueArticles, readLastBuildTime } from '../../../lib/build/due';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function contentWith(articles: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'due-'));
  folders.push(root);
  for (const [name, frontMatter] of Object.entries(articles)) {
    const file = path.join(root, 'articles', '2026', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `---\ntitle: T\n${frontMatter}\n---\nBody.\n`);
  }
  return root;
}

const lastBuild = new Date('2026-12-04T10:00:00Z');
const now = new Date('2026-12-04T10:10:00Z');

describe('findDueArticles', () => {
  it('names an article whose time came between the last build and now', () => {
    const root = contentWith({
      'due.md': 'date: 2026-12-04T10:05:00Z',
      'old.md': 'date: 2026-12-04T09:00:00Z',
      'later.md': 'date: 2026-12-04T10:20:00Z',
    });
    expect(findDueArticles(root, lastBuild, now)).toEqual({
      due: true,
      files: [path.join('articles', '2026', 'due.md')],
      lastBuild,
    });
  });

  it('counts an article dated exactly now but not one dated exactly at the last build', () => {
    const root = contentWith({ 'now.md': 'date: 2026-12-04T10:10:00Z', 'built.md': 'date: 2026-12-04T10:00:00Z' });
    expect(findDueArticles(root, lastBuild, now).files).toEqual([path.join('articles', '2026', 'now.md')]);
  });

  it('leaves drafts out', () => {
    const root = contentWith({ 'draft.md': 'date: 2026-12-04T10:05:00Z\ndraft: true' });
    expect(findDueArticles(root, lastBuild, now).due).toBe(false);
  });

  it('reads a date without offset as Amsterdam time', () => {
    const root = contentWith({ 'local.md': 'date: 2026-12-04T11:05' });
    expect(findDueArticles(root, lastBuild, now).due).toBe(true);
  });

  it('says due without reading anything when no earlier build is known', () => {
    expect(findDueArticles('/nonexistent', undefined, now)).toEqual({ due: true, files: [], lastBuild: undefined });
  });
});

describe('build state', () => {
  it('reads back the time a build wrote beside its export and treats a damaged file as none', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'due-state-'));
    folders.push(folder);
    const exportDir = path.join(folder, 'out');
    expect(readLastBuildTime(exportDir)).toBeUndefined();
    writeBuildState(exportDir, { code: 'code', pages: {}, buildTime: '2026-12-04T10:00:00Z' });
    expect(readLastBuildTime(exportDir)).toEqual(lastBuild);
    fs.writeFileSync(buildStateFile(exportDir), '{');
    expect(readLastBuildTime(exportDir)).toBeUndefined();
  });
});

describe('npm run check -- --due', () => {
  // Runs the real command over the fixture content with a pinned now and a written last build.
  const run = (now: string, lastBuild: string | undefined) => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'due-cli-'));
    folders.push(cache);
    const exportDir = path.join(cache, 'out');
    if (lastBuild) writeBuildState(exportDir, { code: 'code', pages: {}, buildTime: lastBuild });
    const output = path.join(cache, 'github-output');
    const result = spawnSync(process.execPath, ['scripts/run-bundled.mjs', 'check', '--due'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: 'tests/fixtures/content/valid',
        EXPORT_DIR: exportDir,
        BUILD_TIME: now,
        GITHUB_OUTPUT: output,
      },
    });
    return { status: result.status, stdout: result.stdout, output: fs.readFileSync(output, 'utf8') };
  };

  it('names the scheduled fixture article once its time has come and tells GitHub due=true', () => {
    expect(run('2025-12-19T09:00:00+01:00', '2025-11-17T12:00:00+01:00')).toEqual({
      status: 0,
      stdout: 'due: nu live te zetten (due now): articles/vooruitblik-nk-afstanden.md\n',
      output: 'due=true\n',
    });
  });

  it('says not due when only the time of a draft came, and still exits 0', () => {
    const result = run('2025-11-13T12:00:00+01:00', '2025-11-11T12:00:00+01:00');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^niet due: /);
    expect(result.output).toBe('due=false\n');
  });
});
