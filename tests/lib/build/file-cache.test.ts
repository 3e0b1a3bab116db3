import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { placeThroughCache } from '@/lib/build/file-cache';

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'file-cache-'));
}

describe('placeThroughCache', () => {
  it('makes the file once, then places the cached bytes without making them again', async () => {
    const cacheDir = temporaryFolder();
    const exportDir = temporaryFolder();
    let made = 0;
    const produce = async () => {
      made += 1;
      return Buffer.from('png bytes');
    };

    const first = await placeThroughCache(cacheDir, 'a.png', path.join(exportDir, 'one/a.png'), produce);
    const second = await placeThroughCache(cacheDir, 'a.png', path.join(exportDir, 'two/a.png'), produce);

    expect([first.fromCache, second.fromCache, made]).toEqual([false, true, 1]);
    expect(fs.readFileSync(path.join(exportDir, 'one/a.png'), 'utf8')).toBe('png bytes');
    expect(fs.readFileSync(path.join(exportDir, 'two/a.png'), 'utf8')).toBe('png bytes');
  });

  it('leaves the cached file whole when the placed one is removed', async () => {
    const cacheDir = temporaryFolder();
    const target = path.join(temporaryFolder(), 'a.png');
    await placeThroughCache(cacheDir, 'a.png', target, async () => Buffer.from('png bytes'));
    await placeThroughCache(cacheDir, 'a.png', `${target}.2`, async () => Buffer.from('other'));

    fs.rmSync(target);
    fs.rmSync(`${target}.2`);

    expect(fs.readFileSync(path.join(cacheDir, 'a.png'), 'utf8')).toBe('png bytes');
  });

  it('only makes the file when there is no cache folder', async () => {
    const target = path.join(temporaryFolder(), 'a.png');

    const placed = await placeThroughCache(undefined, 'a.png', target, async () => Buffer.from('fresh'));

    expect(placed.fromCache).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('fresh');
  });
});
