import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientComponentFiles, stripPage } from '@/lib/build/strip-runtime';

// The shape of a page as `next build` renders it (Next 16, Turbopack), shortened.
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
