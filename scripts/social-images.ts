/**
 * The build's social images, rendered into a folder of their own while `next build` runs
 * (scripts/build.mjs starts this at low priority right after `check`): they need only the
 * site model and the photos, and `next build` leaves a core idle for much of its time
 * (its set-up, collecting page data, copying the export). The after-build step moves them
 * into the export, which `next build` empties first, once `<folder>.done` says they are all there.
 *
 *   node scripts/run-bundled.mjs social-images <folder>
 */
import fs from 'node:fs';
import { writeBuildSocialImages } from '../lib/build/social-images';
import { getSiteModel } from '../lib/site-model';

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/run-bundled.mjs social-images <folder>');
  process.exit(2);
}
const started = performance.now();
const written = await writeBuildSocialImages(getSiteModel().articles, folder);
const summary = `${written} in ${Math.round(performance.now() - started)} ms beside next build`;
// Write then rename: the after-build step never reads half a line.
fs.writeFileSync(`${folder}.done.tmp`, summary);
fs.renameSync(`${folder}.done.tmp`, `${folder}.done`);
