import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as sorted absolute paths (sorted: output must not follow the file system's order). */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
