/**
 * `npm run rollback -- <deploy-root> [--pid-file FILE] [--reload CMD]`: switches `current`
 * back to the release before the live one and reloads nginx (lib/build/releases.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeployError, rollback } from '../lib/build/releases';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'pid-file': { type: 'string' }, reload: { type: 'string' } },
});
try {
  const [deployRoot] = positionals;
  if (!deployRoot) throw new DeployError('usage: npm run rollback -- <deploy-root>');
  const id = rollback(path.resolve(deployRoot), { pidFile: values['pid-file'], command: values.reload });
  console.log(`live again: ${path.join(deployRoot, 'releases', id)}`);
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
