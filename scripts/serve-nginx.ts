/**
 * `npm run serve:nginx`: serves the export (out/, or EXPORT_DIR) through Debian's nginx with
 * the production rules of deploy/nginx/ (headers, CSP, redirects, compression) on
 * http://127.0.0.1:PORT (default 3001), in the foreground; Ctrl-C stops it.
 */
import path from 'node:path';
import { exportDir as configuredExportDir } from '../lib/config';
import { startNginx } from '../lib/build/nginx-config';

export { writeNginxConfig } from '../lib/build/nginx-config';

const exportDir = configuredExportDir();
const port = Number(process.env.PORT ?? 3001);
if (!Number.isInteger(port) || port <= 0 || port > 65535)
  throw new Error(`PORT: expected a port number (got "${process.env.PORT}")`);

const server = await startNginx({ exportDir, port, accessLog: true, quiet: false });
console.log(
  `nginx serves ${path.relative(process.cwd(), exportDir) || '.'} on ${server.url} (config in ${server.prefix})`,
);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
