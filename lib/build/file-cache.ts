import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Expensive build artefacts (encoded images, social images) kept between builds under a
 * name made from everything that decides their bytes, so a rebuild redoes only what changed.
 */

export function contentHash(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The cached bytes for `name`, or `produce()`'s, stored for next time. Without a cache
 * folder it only produces. A cache that cannot be written only costs time.
 */
export async function throughCache(
  cacheDir: string | undefined,
  name: string,
  produce: () => Promise<Buffer>,
): Promise<{ data: Buffer; fromCache: boolean }> {
  const file = cacheDir ? path.join(cacheDir, name) : undefined;
  if (file) {
    try {
      return { data: await fs.promises.readFile(file), fromCache: true };
    } catch {
      // Not cached yet.
    }
  }
  const data = await produce();
  if (file) await writeAtomically(file, data).catch(() => undefined);
  return { data, fromCache: false };
}

/** Another build may read the cache at the same time: it sees a whole file or none. */
export async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, data);
  await fs.promises.rename(temporary, file);
}
