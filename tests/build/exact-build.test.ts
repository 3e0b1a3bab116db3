import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nginxIncludeDir } from '@/lib/build/nginx-includes';
import { buildSite, ensureFixtureSite, FIXTURE_BUILD, FIXTURE_EXPORT_DIR } from './support/fixture-build';

// Exact builds: the fixture built a second time, in another time zone and locale, with every
// directory listing of every Node process reversed, must give the same bytes, file for file.
// The build's "now" is pinned (BUILD_TIME, or SOURCE_DATE_EPOCH): it decides what is
// scheduled, the current season and the news sitemap, so it is an input, not noise.
const AGAIN = '.test-out/fixture-site-again';
const REVERSE_READDIR = pathToFileURL(path.resolve('tests/build/support/reverse-readdir.mjs')).href;

function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), fs.readFileSync(file));
  }
  return files;
}

function differences(first: string, second: string): string[] {
  const [a, b] = [filesOf(first), filesOf(second)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.flatMap((name) => {
    const [left, right] = [a.get(name), b.get(name)];
    if (!left) return [`${name}: only in the second build`];
    if (!right) return [`${name}: only in the first build`];
    return left.equals(right) ? [] : [`${name}: different bytes`];
  });
}

let fileCount = 0;

beforeAll(() => {
  ensureFixtureSite();
  buildSite(
    { ...FIXTURE_BUILD, exportDir: AGAIN },
    { TZ: 'Asia/Tokyo', LANG: 'C', LC_ALL: 'C', NODE_OPTIONS: `--import ${REVERSE_READDIR}` },
  );
  fileCount = filesOf(AGAIN).size;
});

describe('two builds of the same commit and content', () => {
  it('write the same files with the same bytes', () => {
    expect(fileCount).toBeGreaterThan(50);
    expect(differences(FIXTURE_EXPORT_DIR, AGAIN)).toEqual([]);
  });

  it('generate the same nginx includes (CSP hashes, redirects)', () => {
    expect(differences(nginxIncludeDir(FIXTURE_EXPORT_DIR), nginxIncludeDir(AGAIN))).toEqual([]);
  });
});
