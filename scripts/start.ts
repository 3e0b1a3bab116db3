/**
 * `npm start`: builds the site when the export (out/, or EXPORT_DIR) is missing or older than
 * its sources, then serves it on http://localhost:3000 (PORT to change) with `serve`, a
 * well-kept static server, set up by deploy/serve.json (never a folder listing).
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveArguments } from '../lib/build/static-server';
import { contentRoot, exportDir } from '../lib/config';

const SOURCES = ['app', 'components', 'lib', 'public', 'scripts', contentRoot(), 'next.config.ts', 'package-lock.json'];
// Written by the last build step (the search index): present only after a complete build.
const outDir = exportDir();
const builtMarker = path.join(outDir, 'pagefind/pagefind.js');

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

const builtAt = fs.existsSync(builtMarker) ? fs.statSync(builtMarker).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newestChange));
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: building…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log(`${path.relative(process.cwd(), outDir)}/ is up to date with its sources.`);
}

const port = process.env.PORT ?? '3000';
const server = spawn(path.resolve('node_modules/.bin/serve'), serveArguments(outDir, port), { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
