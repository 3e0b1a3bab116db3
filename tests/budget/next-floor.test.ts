import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import nextConfig from '../../next.config';
import { pageGenerationSecondsInLog, pagesGeneratedInLog, writeBareNextApp } from '../../scripts/next-floor';

// Lines as `next build` 16 prints them (from a bench build's log).
const finishedLog = [
  '✓ Compiled successfully in 5.7s',
  '  Collecting page data using 2 workers ...',
  '  Generating static pages using 2 workers (0/1620) ...',
  '  Generating static pages using 2 workers (405/1620) ',
  '  Generating static pages using 2 workers (1215/1620) ',
  '✓ Generating static pages using 2 workers (1620/1620) in 23.7s',
  '  Finalizing page optimization ...',
].join('\n');

describe('reading a next build log (npm run bench)', () => {
  it('finds how many pages Next generated, from its last line of a finished build', () => {
    expect(pagesGeneratedInLog(finishedLog, 'build.log')).toBe(1620);
  });

  it('refuses a build that stopped part way, naming the log', () => {
    const stopped = finishedLog.split('\n').slice(0, 5).join('\n');
    expect(() => pagesGeneratedInLog(stopped, 'build-content-1000.log')).toThrow(
      /build-content-1000\.log: expected Next's line "Generating static pages … \(N\/N\)"/,
    );
    expect(() => pagesGeneratedInLog('', 'empty.log')).toThrow(/empty\.log/);
  });

  it("reads Next's time for the pages in seconds, minutes or milliseconds", () => {
    expect(pageGenerationSecondsInLog(finishedLog, 'build.log')).toBe(23.7);
    expect(pageGenerationSecondsInLog('✓ Generating static pages using 2 workers (13970/13970) in 3.1min', 'l')).toBe(
      186,
    );
    expect(pageGenerationSecondsInLog('✓ Generating static pages using 1 worker (5/5) in 850ms', 'l')).toBe(0.85);
    expect(() => pageGenerationSecondsInLog('  Generating static pages using 2 workers (0/1620) ...', 'x.log')).toThrow(
      /x\.log: expected Next's line "Generating static pages … in <time>"/,
    );
  });
});

describe('the bare Next app (scripts/next-floor.ts)', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'next-floor-test-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('has the home page and one paragraph page for each of the others', async () => {
    writeBareNextApp(folder, 1620);
    const page = (await import(path.join(folder, 'app', 'p', '[n]', 'page.jsx'))) as {
      generateStaticParams: () => { n: string }[];
      dynamicParams: boolean;
    };
    const params = page.generateStaticParams();
    expect(params).toHaveLength(1619);
    expect(new Set(params.map(({ n }) => n)).size).toBe(1619);
    expect(page.dynamicParams).toBe(false);
    expect(fs.existsSync(path.join(folder, 'app', 'page.jsx'))).toBe(true);
  });

  it('writes a smaller app over a larger one without leaving pages behind', async () => {
    writeBareNextApp(folder, 1620);
    fs.writeFileSync(path.join(folder, 'app', 'left-over.jsx'), '');
    writeBareNextApp(folder, 10);
    expect(fs.existsSync(path.join(folder, 'app', 'left-over.jsx'))).toBe(false);
    const page = (await import(`${path.join(folder, 'app', 'p', '[n]', 'page.jsx')}?again`)) as {
      generateStaticParams: () => unknown[];
    };
    expect(page.generateStaticParams()).toHaveLength(9);
  });

  it('is built with our Next settings but without the adapter that writes our site', async () => {
    writeBareNextApp(folder, 10);
    const { default: settings } = (await import(path.join(folder, 'next.config.mjs'))) as { default: NextConfig };
    const { adapterPath, ...ours } = nextConfig;
    expect(adapterPath).toBeDefined();
    expect(settings).toEqual(ours);
    expect(settings).not.toHaveProperty('adapterPath');
  });

  it('refuses fewer than two pages', () => {
    expect(() => writeBareNextApp(folder, 1)).toThrow(/expected at least 2 pages, got 1/);
  });
});
