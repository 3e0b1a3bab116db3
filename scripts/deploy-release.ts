/**
 * `npm run deploy:release -- <deploy-root> [--export out] [--pid-file FILE] [--reload CMD]`:
 * copies the export and its nginx includes into a new release under the deploy root, checks
 * every internal link, switches `current` to it and reloads nginx (lib/build/releases.ts).
 * `--check-only` checks the export in place and copies nothing (CI does this before rsync).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportDir as configuredExportDir } from '../lib/config';
import { DeployError, deployRelease, findBrokenLinks } from '../lib/build/releases';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    export: { type: 'string' },
    'pid-file': { type: 'string' },
    reload: { type: 'string' },
    'check-only': { type: 'boolean' },
  },
});
const exportDir = path.resolve(values.export ?? configuredExportDir());
try {
  if (values['check-only']) {
    const broken = findBrokenLinks(exportDir);
    for (const { page, target } of broken) console.error(`${page} → ${target}: missing`);
    if (broken.length > 0) throw new DeployError(`${exportDir}: ${broken.length} broken internal links`);
    console.log(`${exportDir}: every internal link resolves`);
  } else {
    const [deployRoot] = positionals;
    if (!deployRoot) throw new DeployError('usage: npm run deploy:release -- <deploy-root> [--export out]');
    const id = deployRelease(exportDir, path.resolve(deployRoot), {
      pidFile: values['pid-file'],
      command: values.reload,
    });
    console.log(`live: ${path.join(deployRoot, 'releases', id)}`);
  }
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
