import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nginxIncludeDir } from '@/lib/build/nginx-includes';
import { exportDifferences as differences, filesOf } from './support/exported-site';
import { buildSite, ensureFixtureSite, FIXTURE_BUILD, FIXTURE_EXPORT_DIR } from './support/fixture-build';

// Exact builds: the fixture built a second time, in another time zone and locale, with every
// directory listing of every Node process reversed, must give the same bytes, file for file.
// The build's "now" is pinned (BUILD_TIME, or SOURCE_DATE_EPOCH): it decides what is
// scheduled, the current season and the news sitemap, so it is an input, not noise.
const AGAIN = '.test-out/fixture-site-again';
const REVERSE_READDIR = pathToFileURL(path.resolve('tests/build/support/reverse-readdir.mjs')).href;

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
