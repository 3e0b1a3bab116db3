/**
 * Runs a TypeScript script of ours as one bundled file: `node scripts/run-bundled.mjs check`.
 * Loading the script through tsx loads hundreds of small ESM files through a loader hook on
 * every start; one bundled file starts at once (docs/decisions/0009-scripts-run-as-bundles.md).
 * The bundle is rebuilt with esbuild only when a source it could contain is newer.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error('usage: node scripts/run-bundled.mjs <script name in scripts/> [arguments]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'scripts', `${name}.ts`);
const bundle = path.join(root, 'node_modules/.cache/schaatsnieuws/scripts', `${name}.mjs`);

/** The newest modification time under the folders and files a bundle is made of. */
function newest(entries) {
  let latest = 0;
  for (const entry of entries) {
    if (!fs.existsSync(entry)) continue;
    const stat = fs.statSync(entry);
    latest = Math.max(
      latest,
      stat.isDirectory() ? newest(fs.readdirSync(entry).map((child) => path.join(entry, child))) : stat.mtimeMs,
    );
  }
  return latest;
}

const sources = ['lib', 'scripts', 'components', 'package-lock.json', 'tsconfig.json'].map((entry) =>
  path.join(root, entry),
);
const builtAt = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
if (builtAt < newest(sources)) {
  const temporary = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    tsconfig: path.join(root, 'tsconfig.json'),
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Native and binary packages stay outside the bundle and load as installed.
    external: ['sharp', 'pagefind', 'esbuild', 'react', 'react-dom', 'wawoff2'],
    logLevel: 'warning',
  });
  // Renamed into place: two runs at once never see half a file.
  fs.renameSync(temporary, bundle);
}
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
