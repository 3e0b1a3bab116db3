import { cspHashesMap, inlineScriptHashes, redirectsMap } from '@/lib/build/nginx-includes';

// The CSP source of `alert(1)`, as browsers compute it (sha256, base64 of the script's text).
const ALERT_HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe('inlineScriptHashes', () => {
  it.each([
    ['a plain inline script', '<script>alert(1)</script>'],
    ['a module', '<script type="module">alert(1)</script>'],
    ['a script with an id', '<script id="_R_">alert(1)</script>'],
    ['a text/javascript script, type in capitals', '<script type="Text/JavaScript">alert(1)</script>'],
    // The quick look that skips pages without inline scripts must not be fooled by these.
    ['a script with a data-src attribute', '<script data-src="/a.js">alert(1)</script>'],
    [
      'a script tag in capitals, after JSON-LD',
      '<script type="application/ld+json">{}</script><SCRIPT\n>alert(1)</SCRIPT>',
    ],
  ])('hashes %s', (_, html) => {
    expect(inlineScriptHashes(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)).toEqual([ALERT_HASH]);
  });

  it.each([
    ['JSON-LD, a data block no browser runs', '<script type="application/ld+json">{"@type":"Thing"}</script>'],
    ['an external script', '<script src="/_next/static/chunks/a.js" async=""></script>'],
    ['an unknown type', '<script type="text/plain">alert(1)</script>'],
  ])('leaves out %s', (_, html) => {
    expect(inlineScriptHashes(`<html><body>${html}</body></html>`)).toEqual([]);
  });

  it('hashes the text exactly as written, once per distinct script, in document order', () => {
    const html = '<head><script>b()</script></head><body><script>alert(1)</script><script>b()</script></body>';
    expect(inlineScriptHashes(html)).toEqual(["'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc='", ALERT_HASH]);
  });
});

describe('the generated nginx maps', () => {
  it('give each page with inline scripts its hash sources, and pages without none', () => {
    const map = cspHashesMap([
      { uri: '/index.html', hashes: [ALERT_HASH] },
      { uri: '/kalender/index.html', hashes: [] },
    ]);
    expect(map).toContain(`    "/index.html" " ${ALERT_HASH}";`);
    expect(map).toContain('    default "";');
    expect(map).not.toContain('kalender');
  });

  it('map each old address to its new one', () => {
    const map = redirectsMap(new Map([['/nieuws/oud/', '/nieuws/nieuw/']]));
    expect(map).toContain('map $uri $schaatsnieuws_redirect {');
    expect(map).toContain('    "/nieuws/oud/" "/nieuws/nieuw/";');
  });

  it('refuse an address that would break out of an nginx string', () => {
    expect(() => redirectsMap(new Map([['/nieuws/a"; return 200 "x/', '/']]))).toThrow(/refusing/);
  });
});
