import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import serveHandler from 'serve-handler';
import { missingNginxParts, NGINX_INSTALL_HINT, startNginx } from '@/lib/build/nginx-config';

/** Debian's Chromium; never a downloaded browser (this machine has no internet for that). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Outside CI a missing browser skips them, saying so;
 * under CI=true it is a failure, so a broken CI set-up can never pass by skipping.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(chromiumPath)) return true;
  if (process.env.CI)
    throw new Error(`CI: no Chromium at ${chromiumPath}; .ci/run installs it with apt-get install chromium`);
  console.warn(
    `Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
  return false;
}

/** What headless Chromium needs on this machine kind (no sandbox as root, no network of its own). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_FLAGS,
    // Playwright gives every launch a fresh, empty profile (user data dir) of its own.
  });
}

/** Serves a built site folder over HTTP on a free loopback port, as a static host would. */
export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(folder, 'index.html'))) {
    throw new Error(`${folder}/index.html is missing: run npm run build before the browser tests`);
  }
  const server = http.createServer((request, response) => serveHandler(request, response, { public: folder }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Whether the site can be served through nginx with the production rules (headers, CSP).
 * Outside CI a missing nginx falls back to a plain static server, saying that the CSP goes
 * untested; under CI=true it is a failure, as a missing Chromium is.
 */
export function nginxAvailable(): boolean {
  const missing = missingNginxParts();
  if (missing.length === 0) return true;
  if (process.env.CI)
    throw new Error(
      `CI: nginx is not usable (missing ${missing.join(', ')}); .ci/run installs it with ${NGINX_INSTALL_HINT}`,
    );
  console.warn(
    `Serving the site without nginx (missing ${missing.join(', ')}): the security headers and the Content-Security-Policy are NOT being tested. ${NGINX_INSTALL_HINT}`,
  );
  return false;
}

// Runs in every document before its own scripts: Chromium reports each blocked resource or
// script as a securitypolicyviolation event; logging it makes it a console error Playwright sees.
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;

const CSP_MESSAGE = /^CSP violation: |Content Security Policy|Refused to /;

/**
 * Collects the page's Content-Security-Policy violations: Chromium's own "Refused to ..."
 * console errors and the securitypolicyviolation events of every document it loads.
 */
export function watchForCspViolations(page: Page): string[] {
  const violations: string[] = [];
  recordCspViolations(page, violations);
  page.on('console', (message) => {
    if (message.type() === 'error' && CSP_MESSAGE.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

function recordCspViolations(page: Page, errors: string[]): void {
  page.addInitScript(REPORT_CSP_VIOLATIONS).catch((error: unknown) => errors.push(`init script: ${String(error)}`));
}

/**
 * Collects what a reader would call a broken page: console errors (a CSP violation among
 * them), page errors, failed requests.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  recordCspViolations(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Link prefetches are cancelled on navigation; that is not a broken page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Serves a built folder through nginx with the production rules when it is installed, else through serveFolder. */
export async function serveBuiltSite(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (nginxAvailable()) return startNginx({ exportDir: folder });
  return serveFolder(folder);
}

/**
 * Serves the built site (through nginx, with the production headers and CSP, when it is
 * installed) and starts Chromium around the tests of one describe block, and
 * closes both after them. `browser` and `url` are read inside the tests, once started.
 */
export function useBuiltSite(folder = 'out'): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveBuiltSite>> | undefined;
  beforeAll(async () => {
    site = await serveBuiltSite(path.resolve(folder));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get url() {
      if (!site) throw new Error('the site is served in beforeAll');
      return site.url;
    },
  };
}
