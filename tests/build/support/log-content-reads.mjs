// Preloaded (NODE_OPTIONS=--import) into every Node process of a build by
// tests/build/fixture-site.test.ts: writes each process that starts, and each opening of a file
// under CONTENT_DIR, to CONTENT_READS_LOG (one JSON object a line), so that the test can tell
// which processes read the content and how often.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const log = process.env.CONTENT_READS_LOG;
if (log && process.env.CONTENT_DIR) {
  const root = path.resolve(process.env.CONTENT_DIR) + path.sep;
  const write = (kind, detail) => fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, kind, detail })}\n`);
  write('process', process.argv.slice(1).join(' '));
  const note = (file) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return; // a descriptor: opened already
    const absolute = file instanceof URL ? fileURLToPath(file) : path.resolve(file);
    if (absolute.startsWith(root)) write('read', absolute);
  };
  // readFileSync opens through fs.openSync; the others open through internals of their own.
  for (const [owner, name] of [
    [fs, 'openSync'],
    [fs, 'open'],
    [fs, 'readFile'],
    [fs.promises, 'open'],
    [fs.promises, 'readFile'],
  ]) {
    const original = owner[name];
    owner[name] = function (file, ...rest) {
      note(file);
      return original.call(this, file, ...rest);
    };
  }
}
