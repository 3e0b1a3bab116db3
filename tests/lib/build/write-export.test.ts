import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import adapter from '@/lib/build/next-build-adapter.mjs';
import { type BuildOutputs, readBuildOutputs, siteFiles, writeExport } from '@/lib/build/write-export';

// A page as `next build` renders it (Next 16, Turbopack), shortened: its stylesheet, the
// runtime's scripts, and the site's own search script from public/.
const renderedPage = (title: string) =>
  [
    '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    `<title>${title}</title></head><body><main><h1>${title}</h1>`,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script src="/scripts/zoeken.js" defer=""></script>',
    '</main></body></html>',
  ].join('');

describe('writeExport', () => {
  let root: string;
  let nextDir: string;
  let publicDir: string;
  let outDir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  const built = (name: string, text: string) => write(path.join(nextDir, name), text);
  let outputs: BuildOutputs;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'write-export-'));
    nextDir = path.join(root, '.next');
    publicDir = path.join(root, 'public');
    outDir = path.join(root, 'out');
    write(path.join(publicDir, 'scripts/zoeken.js'), 'search');
    write(path.join(outDir, 'nieuws/removed-since/index.html'), 'a page of the previous build');
    const page = { routeType: 'page', response: 'complete', compute: 'static' };
    const route = { routeType: 'route', response: 'complete', compute: 'static' };
    outputs = {
      prerenders: [
        { pathname: '/', ...page, file: built('index.html', renderedPage('Schaatsnieuws')) },
        {
          pathname: '/nieuws/leerdam-wint',
          ...page,
          file: built('nieuws/leerdam-wint.html', renderedPage('Leerdam wint')),
        },
        { pathname: '/kalender.ics', ...route, file: built('kalender.ics.body', 'BEGIN:VCALENDAR') },
        { pathname: '/_global-error', ...page, file: built('_global-error.html', 'server only') },
      ],
      routes: ['/', '/index.rsc', '/nieuws/[slug]', '/kalender.ics', '/_not-found', '/_global-error'],
      staticFiles: [
        { pathname: '/404', file: built('pages/404.html', renderedPage('Pagina niet gevonden')) },
        { pathname: '/500', file: built('pages/500.html', 'server only') },
        { pathname: '/robots.txt', file: built('robots.txt.body', 'User-agent: *') },
        {
          pathname: '/_next/static/chunks/site.css',
          file: built('static/chunks/site.css', '@font-face{src:url(../media/inter.woff2)}'),
        },
        { pathname: '/_next/static/media/inter.woff2', file: built('static/media/inter.woff2', 'font') },
        { pathname: '/_next/static/media/unused.woff2', file: built('static/media/unused.woff2', 'font') },
        { pathname: '/_next/static/chunks/main.js', file: built('static/chunks/main.js', 'runtime') },
        { pathname: '/_next/static/chunks/webpack.js', file: built('static/chunks/webpack.js', 'runtime') },
      ],
    };
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const exported = () =>
    fs
      .readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
      .sort();
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

  it('writes each page once, without the runtime, with the files and assets it needs and nothing else', async () => {
    const report = await writeExport(outputs, outDir, publicDir);
    expect(exported()).toEqual([
      '404.html',
      '_next/static/chunks/site.css',
      '_next/static/media/inter.woff2',
      'index.html',
      'kalender.ics',
      'nieuws/leerdam-wint/index.html',
      'robots.txt',
      'scripts/zoeken.js',
    ]);
    const article = read('nieuws/leerdam-wint/index.html');
    expect(article).toContain('<h1>Leerdam wint</h1>');
    expect(article).toContain('<script src="/scripts/zoeken.js" defer=""></script>');
    expect(article).not.toMatch(/__next_f|main\.js|webpack\.js/);
    expect(read('404.html')).toContain('<h1>Pagina niet gevonden</h1>');
    expect(read('kalender.ics')).toBe('BEGIN:VCALENDAR');
    expect(report).toEqual({ pages: 3, scriptsRemoved: 6, files: 5, assetsLeftOut: 3 });
  });

  it('never empties the project or the public folder', async () => {
    await expect(writeExport(outputs, process.cwd(), publicDir)).rejects.toThrow(
      'holds the project or its public folder; the export folder is emptied on every build',
    );
    await expect(writeExport(outputs, root, publicDir)).rejects.toThrow('holds the project or its public folder');
    expect(fs.existsSync(path.join(publicDir, 'scripts/zoeken.js'))).toBe(true);
  });

  it('refuses two things written to one place, naming both', async () => {
    write(path.join(publicDir, 'robots.txt'), 'User-agent: nobody');
    await expect(writeExport(outputs, outDir, publicDir)).rejects.toThrow(
      '/robots.txt and public/robots.txt would both be written to robots.txt',
    );
  });
});

describe('siteFiles', () => {
  const page = (pathname: string, extra: Partial<BuildOutputs['prerenders'][number]> = {}) => ({
    pathname,
    routeType: 'page',
    response: 'complete',
    compute: 'static',
    file: `/build${pathname}.html`,
    ...extra,
  });

  it('accepts a build whose every route is prerendered as a complete static response', () => {
    const { pages } = siteFiles({
      prerenders: [page('/'), page('/kalender')],
      routes: ['/', '/kalender'],
      staticFiles: [],
    });
    expect([...pages.keys()]).toEqual(['/', '/kalender']);
  });

  it('refuses a page handed over twice, as the not-found prerender and as the static /404', () => {
    const outputs: BuildOutputs = {
      prerenders: [page('/'), page('/_not-found')],
      routes: ['/', '/_not-found'],
      staticFiles: [{ pathname: '/404', file: '/build/pages/404.html' }],
    };
    expect(() => siteFiles(outputs)).toThrow(
      '/_not-found: handed over twice, as /build/_not-found.html and /build/pages/404.html',
    );
  });

  it('names every route that would need a server', () => {
    const outputs: BuildOutputs = {
      prerenders: [
        page('/'),
        page('/zoeken', { response: 'initial', compute: 'resuming' }),
        page('/nieuws/[slug]', { routeType: 'fallback' }),
      ],
      routes: ['/', '/zoeken', '/kalender', '/kalender.rsc', '/nieuws/[slug]'],
      staticFiles: [],
    };
    expect(() => siteFiles(outputs)).toThrow(
      [
        'the site must be static files only, but:',
        '  /zoeken: not fully static (response initial, compute resuming)',
        '  /nieuws/[slug]: prerendered as a fallback, which needs a server to finish it',
        "  /kalender: not prerendered; it would need a server (does it read cookies, headers or the URL's query?)",
      ].join('\n'),
    );
  });
});

describe('the build adapter', () => {
  it("hands over each page's and route's primary response, and readBuildOutputs reads it back", async () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adapter-'));
    const primary = { routeType: 'page', response: 'complete', compute: 'static' } as const;
    const nextOutputs = {
      prerenders: [
        { pathname: '/', ...primary, fallback: { filePath: '/b/index.html' }, groupId: 1, config: {} },
        { pathname: '/index.rsc', fallback: { filePath: '/b/index.rsc' }, groupId: 1, config: {} },
        {
          pathname: '/index.segments/_tree.segment.rsc',
          fallback: { filePath: '/b/tree.rsc' },
          groupId: 1,
          config: {},
        },
      ],
      appPages: [{ pathname: '/' }, { pathname: '/index.rsc' }],
      appRoutes: [{ pathname: '/kalender.ics' }],
      staticFiles: [{ pathname: '/robots.txt', filePath: '/b/robots.txt.body', immutableHash: undefined }],
    };
    // Only the fields the adapter reads; Next passes far more.
    await adapter.onBuildComplete?.({ outputs: nextOutputs, distDir } as unknown as Parameters<
      NonNullable<typeof adapter.onBuildComplete>
    >[0]);
    expect(readBuildOutputs(distDir)).toEqual({
      prerenders: [{ pathname: '/', ...primary, file: '/b/index.html' }],
      routes: ['/', '/index.rsc', '/kalender.ics'],
      staticFiles: [{ pathname: '/robots.txt', file: '/b/robots.txt.body' }],
    });
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('says how to get the list when it is missing', () => {
    expect(() => readBuildOutputs('/nowhere')).toThrow('/nowhere/site-outputs.json is missing: run `npm run build`');
  });
});
