/**
 * Releases on an nginx host: a deploy root holds `releases/<id>/` (the export as `site/` and
 * its nginx includes as `site-nginx/`, copied as one unit) and a `current` symlink to the live
 * one. A new release is copied beside the live one, checked, then made live by renaming a new
 * symlink over `current`, so no reader ever sees a mix of two releases.
 *
 * How nginx sees the switch: its configuration reads `current/root.conf` (a `root` naming the
 * release's real path, written with the release) and `current/site-nginx/` (CSP hashes,
 * redirects) only when it loads, that is at a reload. Because the root names the real path
 * rather than `current/site`, a switch changes nothing for running workers; the reload then
 * moves root and includes together, and the old workers finish their requests on the old
 * release, which stays on disk (the last few are kept).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { nginxIncludeDir, REDIRECTS_FILE } from './nginx-includes';

export const RELEASES_FOLDER = 'releases';
export const CURRENT_LINK = 'current';
export const SITE_FOLDER = 'site';
/** Written into each release: the `root` directive for its own real path. */
export const ROOT_CONF = 'root.conf';
/** How many releases stay on disk (the live one among them), for rollback and for old workers. */
export const KEEP_RELEASES = 5;

export class DeployError extends Error {}

/** The id of a new release: the UTC time, sortable, unique per second (a suffix if not). */
export function newReleaseId(deployRoot: string, now = new Date()): string {
  const base = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let id = base;
  for (let n = 2; fs.existsSync(path.join(deployRoot, RELEASES_FOLDER, id)); n++) id = `${base}-${n}`;
  return id;
}

/** The release ids under the deploy root, oldest first. */
export function listReleases(deployRoot: string): string[] {
  const folder = path.join(deployRoot, RELEASES_FOLDER);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The id of the live release, or undefined when `current` is missing. */
export function currentRelease(deployRoot: string): string | undefined {
  try {
    return path.basename(fs.readlinkSync(path.join(deployRoot, CURRENT_LINK)));
  } catch {
    return undefined;
  }
}

/**
 * Copies an export and its includes into `releases/<id>/` (rsync when installed, which skips
 * nothing and keeps times; else a Node copy) and writes its root.conf. Throws a DeployError
 * naming the folder when the export or its includes are missing.
 */
export function copyRelease(exportDir: string, deployRoot: string, id = newReleaseId(deployRoot)): string {
  const source = path.resolve(exportDir);
  const includes = nginxIncludeDir(source);
  if (!fs.existsSync(path.join(source, 'index.html'))) {
    throw new DeployError(`${source}/index.html is missing: run npm run build first`);
  }
  if (!fs.existsSync(includes)) throw new DeployError(`${includes} is missing: npm run build writes it`);
  if (!fs.existsSync(deployRoot)) throw new DeployError(`deploy root ${deployRoot} does not exist`);
  const release = path.join(fs.realpathSync(deployRoot), RELEASES_FOLDER, id);
  if (fs.existsSync(release)) throw new DeployError(`release ${release} exists already`);
  fs.mkdirSync(release, { recursive: true });
  const site = path.join(release, SITE_FOLDER);
  copyFolder(source, site);
  copyFolder(includes, nginxIncludeDir(site));
  fs.writeFileSync(path.join(release, ROOT_CONF), `root ${JSON.stringify(site)};\n`);
  return release;
}

function copyFolder(from: string, to: string): void {
  const rsync = spawnSync('rsync', ['-a', '--delete', `${from}/`, `${to}/`], { encoding: 'utf8' });
  if (rsync.error === undefined && rsync.status === 0) return;
  if (rsync.error === undefined) throw new DeployError(`rsync ${from} → ${to} failed:\n${rsync.stderr}`);
  fs.cpSync(from, to, { recursive: true });
}

/** The alias addresses the release's nginx includes answer with a 301. */
export function redirectSources(includeDir: string): Set<string> {
  const file = path.join(includeDir, REDIRECTS_FILE);
  const sources = new Set<string>();
  if (!fs.existsSync(file)) return sources;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*"((?:[^"\\]|\\.)*)"\s+"/.exec(line);
    if (match?.[1] !== undefined) sources.add(match[1].replace(/\\(.)/g, '$1'));
  }
  return sources;
}

/** The internal addresses one page links to or loads: href, src and srcset, without query or fragment. */
export function internalReferences(html: string, pageUri: string): string[] {
  const found: string[] = [];
  const add = (value: string | undefined) => {
    if (!value) return;
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed))
      return;
    const resolved = new URL(trimmed, `http://site${pageUri}`);
    found.push(decodeURIComponent(resolved.pathname));
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'a' || name === 'link' || name === 'area') {
        // Hints to other origins and alternate feeds are still files of ours when local.
        add(attributes.href);
      }
      if (name === 'img' || name === 'script' || name === 'source' || name === 'iframe') add(attributes.src);
      if (attributes.srcset)
        for (const candidate of attributes.srcset.split(',')) add(candidate.trim().split(/\s+/)[0]);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

export type BrokenLink = { page: string; target: string };

/**
 * Every internal link or asset in the release's HTML that resolves neither to a file of the
 * release (a folder counts when it has index.html) nor to an alias its includes redirect.
 */
export function findBrokenLinks(siteDir: string): BrokenLink[] {
  const redirects = redirectSources(nginxIncludeDir(siteDir));
  const exists = new Map<string, boolean>();
  const resolves = (uri: string): boolean => {
    if (redirects.has(uri)) return true;
    let known = exists.get(uri);
    if (known === undefined) {
      const file = path.join(siteDir, uri);
      // Outside the release is never ours to serve.
      known =
        file.startsWith(siteDir) &&
        (isFile(file) || isFile(path.join(file, 'index.html')) || (!uri.endsWith('/') && isFile(`${file}.html`)));
      exists.set(uri, known);
    }
    return known;
  };
  const broken: BrokenLink[] = [];
  const pages = fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of pages) {
    const uri = `/${path.relative(siteDir, file).split(path.sep).join('/')}`;
    for (const target of new Set(internalReferences(fs.readFileSync(file, 'utf8'), uri))) {
      if (!resolves(target)) broken.push({ page: uri, target });
    }
  }
  return broken;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Throws a DeployError naming the release when it is incomplete: no index.html, no includes,
 * no root.conf, or a broken internal link (the first few are listed).
 */
export function verifyRelease(release: string): void {
  const site = path.join(release, SITE_FOLDER);
  for (const needed of [path.join(site, 'index.html'), nginxIncludeDir(site), path.join(release, ROOT_CONF)]) {
    if (!fs.existsSync(needed)) throw new DeployError(`release ${release} is incomplete: ${needed} is missing`);
  }
  const broken = findBrokenLinks(site);
  if (broken.length > 0) {
    const listed = broken.slice(0, 10).map(({ page, target }) => `  ${page} → ${target}`);
    throw new DeployError(
      `release ${release} has ${broken.length} broken internal links; not switched:\n${listed.join('\n')}`,
    );
  }
}

/** Points `current` at a release atomically: a new symlink under a temporary name, renamed over it. */
export function switchCurrent(deployRoot: string, id: string): void {
  const release = path.join(deployRoot, RELEASES_FOLDER, id);
  if (!fs.existsSync(release)) throw new DeployError(`release ${release} does not exist`);
  const temporary = path.join(deployRoot, `.${CURRENT_LINK}-${process.pid}`);
  fs.rmSync(temporary, { force: true });
  // Relative, so the deploy root can be moved or mounted elsewhere.
  fs.symlinkSync(path.join(RELEASES_FOLDER, id), temporary);
  // rename(2) replaces the old link in one step: there is no moment without a `current`.
  fs.renameSync(temporary, path.join(deployRoot, CURRENT_LINK));
}

/** Deletes the oldest releases beyond `keep`, never the live one; returns the deleted ids. */
export function pruneReleases(deployRoot: string, keep = KEEP_RELEASES): string[] {
  const live = currentRelease(deployRoot);
  const releases = listReleases(deployRoot);
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== live);
  for (const id of doomed) fs.rmSync(path.join(deployRoot, RELEASES_FOLDER, id), { recursive: true, force: true });
  return doomed;
}

export type Reload = { command?: string; pidFile?: string };

/** Tells nginx to read its configuration again (SIGHUP to the master in the pid file, or a command). */
export function reloadNginx(reload: Reload): void {
  if (reload.pidFile) {
    const pid = Number(fs.readFileSync(reload.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) throw new DeployError(`${reload.pidFile}: no pid in it`);
    process.kill(pid, 'SIGHUP');
  }
  if (reload.command) {
    const result = spawnSync('sh', ['-c', reload.command], { encoding: 'utf8' });
    if (result.status !== 0) throw new DeployError(`reload "${reload.command}" failed:\n${result.stderr}`);
  }
}

/**
 * Copies the export into a new release, verifies it, switches `current` to it, reloads
 * nginx and prunes old releases. Throws a DeployError (leaving `current` as it was, and the
 * refused release removed) when the release is incomplete.
 */
export function deployRelease(exportDir: string, deployRoot: string, reload: Reload = {}): string {
  const release = copyRelease(exportDir, deployRoot);
  try {
    verifyRelease(release);
  } catch (error) {
    fs.rmSync(release, { recursive: true, force: true });
    throw error;
  }
  const id = path.basename(release);
  switchCurrent(deployRoot, id);
  reloadNginx(reload);
  pruneReleases(deployRoot);
  return id;
}

/**
 * Switches `current` back to the release before it and reloads nginx; returns its id.
 * Throws a DeployError when there is no live release or none before it.
 */
export function rollback(deployRoot: string, reload: Reload = {}): string {
  const live = currentRelease(deployRoot);
  if (!live) throw new DeployError(`${path.join(deployRoot, CURRENT_LINK)} is missing: nothing to roll back`);
  const releases = listReleases(deployRoot);
  const index = releases.indexOf(live);
  const previous = index > 0 ? releases[index - 1] : undefined;
  if (!previous) throw new DeployError(`no release before ${live} in ${path.join(deployRoot, RELEASES_FOLDER)}`);
  switchCurrent(deployRoot, previous);
  reloadNginx(reload);
  return previous;
}
