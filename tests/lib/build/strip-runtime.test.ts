import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientComponentFiles, isRscPayloadFile, stripExport, stripPage } from '@/lib/build/strip-runtime';

// The shape of a page as `next build` exports it (Next 16, Turbopack), shortened.
const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script>"}</script>';
const exportedPage = [
  '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>Leerdam wint</title>',
  '<link rel="canonical" href="https://schaatsnieuws.example/nieuws/leerdam-wint/"/>',
  '</head><body><main><h1>Leerdam wint</h1>',
  JSON_LD,
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script src="/scripts/zoeken.js" defer=""></script>',
  '</main></body></html>',
].join('');

describe('stripPage', () => {
  it("removes Next's scripts and script preloads and keeps everything else byte for byte", () => {
    const { html, removed } = stripPage(exportedPage, 'nieuws/leerdam-wint/index.html');
    expect(html).toBe(
      [
        '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
        '<title>Leerdam wint</title>',
        '<link rel="canonical" href="https://schaatsnieuws.example/nieuws/leerdam-wint/"/>',
        '</head><body><main><h1>Leerdam wint</h1>',
        JSON_LD,
        '<script src="/scripts/zoeken.js" defer=""></script>',
        '</main></body></html>',
      ].join(''),
    );
    expect(removed).toHaveLength(6);
  });

  it('leaves a page without runtime as it is', () => {
    const page = `<!DOCTYPE html><html><head></head><body><p>Tekst</p>${JSON_LD}</body></html>`;
    expect(stripPage(page, 'x.html')).toEqual({ html: page, removed: [] });
  });

  it('refuses an inline script that is not the runtime, naming the file', () => {
    const page = '<html><body><script>document.title = "eigen code"</script></body></html>';
    expect(() => stripPage(page, 'zoeken/index.html')).toThrow(
      /zoeken\/index\.html: an inline script that is not Next's runtime: "document.title = \\"eigen code\\""/,
    );
  });
});

describe('stripExport', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-export-'));
    write('index.html', exportedPage);
    write('index.txt', '1:"$Sreact.fragment"');
    write('nieuws/leerdam-wint/index.html', exportedPage);
    write('nieuws/leerdam-wint/__next._full.txt', 'rsc');
    write('nieuws/leerdam-wint/__next.nieuws.$d$slug.__PAGE__.txt', 'rsc');
    write('robots.txt', 'User-agent: *');
    write('_next/static/chunks/site.css', '@font-face{src:url(../media/inter.woff2)}body{color:red}');
    write('_next/static/media/inter.woff2', 'font');
    write('_next/static/media/unused.woff2', 'font');
    write('_next/static/chunks/main.js', 'runtime');
    write('_next/static/chunks/webpack.js', 'runtime');
    write('_next/static/build-id/_buildManifest.js', 'manifest');
    write('scripts/zoeken.js', 'search');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const remaining = () =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();

  it('strips every page, deletes RSC payloads and unreferenced runtime files, keeps the rest', async () => {
    const report = await stripExport(dir);
    expect(remaining()).toEqual([
      '_next/static/chunks/site.css',
      '_next/static/media/inter.woff2',
      'index.html',
      'nieuws/leerdam-wint/index.html',
      'robots.txt',
      'scripts/zoeken.js',
    ]);
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).not.toContain('__next_f');
    expect(report).toMatchObject({ pages: 2, scriptsRemoved: 10, filesDeleted: 7 });
  });

  it('is idempotent: a second run changes nothing', async () => {
    await stripExport(dir);
    const before = remaining().map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]);
    expect(await stripExport(dir)).toMatchObject({ scriptsRemoved: 0, filesDeleted: 0 });
    expect(remaining().map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')])).toEqual(before);
  });
});

describe('isRscPayloadFile', () => {
  it("knows Next's payload files from a site's own text files", () => {
    expect(['index.txt', '__next._tree.txt', '__next.__PAGE__.txt'].every(isRscPayloadFile)).toBe(true);
    expect(['robots.txt', 'index.html', 'llms.txt'].some(isRscPayloadFile)).toBe(false);
  });
});

describe('clientComponentFiles', () => {
  it("finds files that declare 'use client', and none in the site today", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-components-'));
    fs.writeFileSync(path.join(dir, 'Box.tsx'), "'use client';\nexport function Box() {}\n");
    fs.writeFileSync(path.join(dir, 'Plain.tsx'), 'export function Plain() {}\n');
    expect(clientComponentFiles([dir])).toEqual([path.join(dir, 'Box.tsx')]);
    fs.rmSync(dir, { recursive: true });
    expect(clientComponentFiles(['app', 'components'])).toEqual([]);
  });
});
