/**
 * Runs the production nginx configuration (deploy/nginx/) on loopback, for `npm run
 * serve:nginx`, the browser and server tests and the load test: a complete nginx.conf in a
 * private folder (pid, logs and temp files inside it) around the committed server rules.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxIncludeDir } from './nginx-includes';

/** Debian's nginx (apt-get install nginx); NGINX_PATH to use another. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The Brotli modules deploy/nginx/schaatsnieuws/brotli.conf needs (Debian's libnginx-mod-http-brotli-*). */
export const BROTLI_MODULES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
];

/** What the site configuration needs that may be missing here; empty when nginx can run it. */
export function missingNginxParts(): string[] {
  return [nginxPath, ...BROTLI_MODULES].filter((file) => !fs.existsSync(file));
}

export const NGINX_INSTALL_HINT =
  'apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static';

const COMMITTED_RULES = path.resolve(import.meta.dirname, '../../deploy/nginx/schaatsnieuws');

export type NginxConfigOptions = {
  /** The static export to serve (its absolute path becomes the root). */
  exportDir: string;
  /**
   * A deploy root (lib/build/releases.ts) to serve instead: root and includes come from the
   * release `current` names when nginx starts or reloads, never from `exportDir`.
   */
  deployRoot?: string;
  port: number;
  /** The folder to write nginx.conf, logs, pid and temp files into; a new temp folder when missing. */
  prefix?: string;
  /** nginx worker processes; 1 for tests, more for the load test. */
  workers?: number | 'auto';
  /** Log each request to <prefix>/logs/access.log (npm run serve:nginx); off for tests. */
  accessLog?: boolean;
};

/**
 * Writes a complete nginx.conf for serving `exportDir` on 127.0.0.1:`port` with the committed
 * site rules (copied beside it as schaatsnieuws/) and the export's generated includes (as
 * schaatsnieuws/generated/, the layout of /etc/nginx in production). Returns the prefix folder
 * and the config file. Throws when the export or its generated includes are missing.
 */
export function writeNginxConfig(options: NginxConfigOptions): { prefix: string; configFile: string } {
  const deployRoot = options.deployRoot && path.resolve(options.deployRoot);
  const root = deployRoot ? path.join(deployRoot, 'current', 'site') : path.resolve(options.exportDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run npm run build first`);
  }
  const generated = nginxIncludeDir(root);
  if (!fs.existsSync(generated)) {
    throw new Error(`${generated} is missing: npm run build writes it (scripts/after-build.ts)`);
  }
  const prefix = options.prefix ?? fs.mkdtempSync(path.join(os.tmpdir(), 'schaatsnieuws-nginx-'));
  for (const folder of ['logs', 'temp']) fs.mkdirSync(path.join(prefix, folder), { recursive: true });
  const rules = path.join(prefix, 'schaatsnieuws');
  fs.rmSync(rules, { recursive: true, force: true });
  fs.cpSync(COMMITTED_RULES, rules, { recursive: true });
  // Through `current`, resolved at each (re)load, so that a reload moves includes and root together.
  if (deployRoot) fs.symlinkSync(path.join(deployRoot, 'current', 'site-nginx'), path.join(rules, 'generated'));
  else fs.cpSync(generated, path.join(rules, 'generated'), { recursive: true });

  const temp = (name: string) => `${path.join(prefix, 'temp', name)}`;
  const lines = [
    '# Written by lib/build/nginx-config.ts for a local run: not the production file.',
    ...BROTLI_MODULES.map((module) => `load_module ${module};`),
    // As root, workers would drop to "nobody", who may not read a checkout under /root or /work.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon off;',
    `worker_processes ${options.workers ?? 1};`,
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65;',
    options.accessLog ? `    access_log ${path.join(prefix, 'logs', 'access.log')};` : '    access_log off;',
    `    client_body_temp_path ${temp('client_body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    // Relative includes resolve against this file's folder, as they do against /etc/nginx.
    '    include schaatsnieuws/http.conf;',
    '    server {',
    `        listen 127.0.0.1:${options.port};`,
    '        server_name localhost;',
    deployRoot
      ? `        include ${JSON.stringify(path.join(deployRoot, 'current', 'root.conf'))};`
      : `        root ${JSON.stringify(root)};`,
    '        include schaatsnieuws/site.conf;',
    '    }',
    '}',
    '',
  ];
  const configFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(configFile, lines.join('\n'));
  return { prefix, configFile };
}

/** Checks a written configuration with `nginx -t`; throws with nginx's own message when it is wrong. */
export function testNginxConfig(prefix: string, configFile: string): void {
  const result = spawnSync(nginxPath, ['-t', '-q', '-p', prefix, '-c', configFile, '-e', 'stderr'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${result.stderr}${result.stdout}`);
}

export type RunningNginx = { url: string; prefix: string; close: () => Promise<void> };

/**
 * Starts nginx in the foreground on 127.0.0.1 (a free port unless `port` is given) serving
 * `exportDir` with the production rules, and resolves once it accepts connections. Throws
 * with nginx's output when it does not start.
 */
export async function startNginx(
  options: Omit<NginxConfigOptions, 'port'> & { port?: number; quiet?: boolean },
): Promise<RunningNginx> {
  const missing = missingNginxParts();
  if (missing.length > 0) throw new Error(`nginx: missing ${missing.join(', ')} (${NGINX_INSTALL_HINT})`);
  const port = options.port ?? (await freePort());
  const { prefix, configFile } = writeNginxConfig({ ...options, port });
  const removePrefix = () => {
    if (!options.prefix) fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    testNginxConfig(prefix, configFile);
  } catch (error) {
    removePrefix();
    throw error;
  }
  const child = spawn(nginxPath, ['-p', prefix, '-c', configFile, '-e', 'stderr'], {
    stdio: ['ignore', options.quiet === false ? 'inherit' : 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (options.quiet === false) process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = await Promise.race([waitForPort(port).then(() => true), exited.then(() => false)]);
  if (!started) {
    removePrefix();
    throw new Error(`nginx did not start:\n${output}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    prefix,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      removePrefix();
    },
  };
}

/** A port no one listens on now (the OS picks it); nginx takes it a moment later. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForPort(port: number): Promise<void> {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
