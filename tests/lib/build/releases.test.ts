import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  currentRelease,
  deployRelease,
  findBrokenLinks,
  internalReferences,
  listReleases,
  pruneReleases,
  rollback,
} from '../../../lib/build/releases';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** A tiny export with its includes beside it: files by path, redirects as from → to. */
function exportWith(files: Record<string, string>, redirects: Record<string, string> = {}): string {
  const root = path.join(temp('export-'), 'out');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  fs.mkdirSync(`${root}-nginx`);
  const lines = Object.entries(redirects).map(([from, to]) => `    "${from}" "${to}";`);
  fs.writeFileSync(`${root}-nginx/redirects.conf`, `map $uri $schaatsnieuws_redirect {\n${lines.join('\n')}\n}\n`);
  fs.writeFileSync(`${root}-nginx/csp-hashes.conf`, '');
  return root;
}

const goodSite = {
  'index.html':
    '<a href="/nieuws/a/">A</a><img src="/img/x.png" srcset="/img/x.png 1x, /img/x2.png 2x"><a href="https://elders.example/">x</a><a href="#top">top</a>',
  'nieuws/a/index.html': '<a href="../../">home</a><a href="/oud/?q=1#x">alias</a>',
  'img/x.png': 'png',
  'img/x2.png': 'png',
};

describe('internalReferences', () => {
  it('resolves relative links against the page and drops queries, fragments and other origins', () => {
    expect(
      internalReferences(
        '<a href="../b/?x=1#y">b</a><a href="mailto:a@b">m</a><a href="//cdn/x">c</a>',
        '/n/a/index.html',
      ),
    ).toEqual(['/n/b/']);
  });
});

describe('findBrokenLinks', () => {
  it('accepts files, folders with index.html and redirected aliases', () => {
    const site = exportWith(goodSite, { '/oud/': '/nieuws/a/' });
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('names the page and the missing target', () => {
    const site = exportWith(goodSite);
    expect(findBrokenLinks(site)).toEqual([{ page: '/nieuws/a/index.html', target: '/oud/' }]);
  });
});

describe('deployRelease and rollback', () => {
  it('switches current to each new release and back, keeping the last few', () => {
    const root = temp('deploy-');
    const site = exportWith(goodSite, { '/oud/': '/nieuws/a/' });
    const first = deployRelease(site, root);
    expect(currentRelease(root)).toBe(first);
    expect(fs.readFileSync(path.join(root, 'current', 'site', 'index.html'), 'utf8')).toContain('/nieuws/a/');
    expect(fs.readFileSync(path.join(root, 'current', 'root.conf'), 'utf8')).toBe(
      `root ${JSON.stringify(path.join(fs.realpathSync(root), 'releases', first, 'site'))};\n`,
    );
    const second = deployRelease(site, root);
    expect(second).not.toBe(first);
    expect(currentRelease(root)).toBe(second);
    expect(rollback(root)).toBe(first);
    expect(currentRelease(root)).toBe(first);
  });

  it('refuses a release with a broken link and leaves current as it was', () => {
    const root = temp('deploy-');
    const first = deployRelease(exportWith(goodSite, { '/oud/': '/nieuws/a/' }), root);
    expect(() => deployRelease(exportWith(goodSite), root)).toThrow(
      /broken internal links; not switched:\n {2}\/nieuws\/a\/index.html → \/oud\//,
    );
    expect(currentRelease(root)).toBe(first);
    expect(listReleases(root)).toEqual([first]);
  });

  it('refuses to roll back without an earlier release, or without a deploy', () => {
    const root = temp('deploy-');
    expect(() => rollback(root)).toThrow(/current is missing: nothing to roll back/);
    deployRelease(exportWith(goodSite, { '/oud/': '/nieuws/a/' }), root);
    expect(() => rollback(root)).toThrow(/no release before/);
  });

  it('names the missing export', () => {
    expect(() => deployRelease('/nonexistent/out', temp('deploy-'))).toThrow('/nonexistent/out/index.html is missing');
  });

  it('prunes the oldest releases but never the live one', () => {
    const root = temp('deploy-');
    for (const id of ['a', 'b', 'c', 'd']) fs.mkdirSync(path.join(root, 'releases', id), { recursive: true });
    fs.symlinkSync('releases/a', path.join(root, 'current'));
    expect(pruneReleases(root, 2)).toEqual(['b']);
    expect(listReleases(root)).toEqual(['a', 'c', 'd']);
  });
});
