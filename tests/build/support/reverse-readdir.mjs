// Loaded with NODE_OPTIONS=--import into every Node process of a build (see exact-build.test.ts):
// every directory listing comes back in reverse order, so output that depends on the order
// the file system lists files in shows up as a difference between two builds.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const reversed = (entries) => (Array.isArray(entries) ? [...entries].reverse() : entries);

const readdirSync = fs.readdirSync;
fs.readdirSync = function (...args) {
  return reversed(readdirSync.apply(this, args));
};
const readdir = fs.readdir;
fs.readdir = function (...args) {
  const callback = args.pop();
  return readdir.call(this, ...args, (error, entries) => callback(error, reversed(entries)));
};
const readdirPromise = fs.promises.readdir;
fs.promises.readdir = async function (...args) {
  return reversed(await readdirPromise.apply(this, args));
};
syncBuiltinESMExports();
