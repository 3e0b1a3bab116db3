import path from 'node:path';

/** The settings of `npm start`'s static server: no folder listings ("Index of"), a 404 page instead. */
export const SERVE_CONFIG = path.resolve('deploy/serve.json');

/** The arguments `npm start` gives `serve` to serve an export on a port. */
export function serveArguments(exportDir: string, port: string): string[] {
  return [exportDir, '--listen', port, '--no-clipboard', '--config', SERVE_CONFIG];
}
