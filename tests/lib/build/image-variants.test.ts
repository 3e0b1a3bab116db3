import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { readImageInfo } from '@/lib/content/images';
import { describeImagesReport, processImages, type SourceImage } from '@/lib/build/image-variants';

const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');
const PHOTO: SourceImage = { src: '/images/2025/visser-testdorp.jpg', width: 1600, height: 1000 };

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'process-images-'));
}

function exported(folder: string, sitePath: string): string {
  return path.join(folder, ...sitePath.split('/').filter(Boolean));
}

// Encoding AVIF takes a moment: the fixture photo is encoded once for the tests that read it.
let first: { exportDir: string; cacheDir: string; report: Awaited<ReturnType<typeof processImages>> } | undefined;
async function processedPhoto() {
  if (!first) {
    const exportDir = temporaryFolder();
    const cacheDir = temporaryFolder();
    const report = await processImages([PHOTO], { publicDir: PUBLIC, exportDir, cacheDir });
    first = { exportDir, cacheDir, report };
  }
  return first;
}

// Encoding the fixture photo's nine variants (AVIF above all) takes a few seconds.
describe('processImages', { timeout: 30_000 }, () => {
  it('writes AVIF and WebP at 480, 800, 1200 and 1600 wide and a JPEG at 1600, as the files say', async () => {
    const { exportDir } = await processedPhoto();

    const files = [
      ['/_images/2025/visser-testdorp-480.avif', 'heif', 480, 300],
      ['/_images/2025/visser-testdorp-800.avif', 'heif', 800, 500],
      ['/_images/2025/visser-testdorp-1200.avif', 'heif', 1200, 750],
      ['/_images/2025/visser-testdorp-1600.avif', 'heif', 1600, 1000],
      ['/_images/2025/visser-testdorp-480.webp', 'webp', 480, 300],
      ['/_images/2025/visser-testdorp-800.webp', 'webp', 800, 500],
      ['/_images/2025/visser-testdorp-1200.webp', 'webp', 1200, 750],
      ['/_images/2025/visser-testdorp-1600.webp', 'webp', 1600, 1000],
      ['/_images/2025/visser-testdorp-1600.jpg', 'jpeg', 1600, 1000],
    ] as const;
    const found = await Promise.all(
      files.map(async ([url]) => {
        const metadata = await sharp(exported(exportDir, url)).metadata();
        return [url, metadata.format, metadata.width, metadata.height];
      }),
    );

    expect(found).toEqual(files);
    // sharp reads AVIF as HEIF; its compression says which.
    expect((await sharp(exported(exportDir, files[0][0])).metadata()).compression).toBe('av1');
    expect(fs.readdirSync(exported(exportDir, '/_images/2025')).sort()).toEqual(
      files.map(([url]) => path.basename(url)).sort(),
    );
  });

  it('writes variants smaller than the original', async () => {
    const { report } = await processedPhoto();
    const original = fs.statSync(path.join(PUBLIC, PHOTO.src)).size;

    const largest = report.images[0]?.variants.filter((variant) => variant.width === 1600) ?? [];

    expect(largest.map((variant) => variant.format)).toEqual(['avif', 'webp', 'jpeg']);
    for (const variant of largest.filter((candidate) => candidate.format !== 'jpeg')) {
      expect(variant.bytes).toBeLessThan(original);
    }
  });

  it('does not copy the original unless asked', async () => {
    const { exportDir } = await processedPhoto();

    expect(fs.existsSync(exported(exportDir, PHOTO.src))).toBe(false);
  });

  it('encodes nothing again on a second run: every variant comes from the cache, byte for byte', async () => {
    const { exportDir, cacheDir, report } = await processedPhoto();
    const again = temporaryFolder();

    const second = await processImages([PHOTO], { publicDir: PUBLIC, exportDir: again, cacheDir, copyOriginals: true });

    expect([report.fromCache, second.fromCache, second.variants]).toEqual([0, 9, 9]);
    for (const variant of second.images[0]?.variants ?? []) {
      expect(
        fs.readFileSync(exported(again, variant.url)).equals(fs.readFileSync(exported(exportDir, variant.url))),
      ).toBe(true);
    }
    expect(fs.readFileSync(exported(again, PHOTO.src)).equals(fs.readFileSync(path.join(PUBLIC, PHOTO.src)))).toBe(
      true,
    );
    expect(describeImagesReport(second)).toMatch(
      /^images: 1 sources, 9 variants \(9 from cache\), saved -?\d+ KB vs originals$/,
    );
  });

  it('encodes again when the source changes, though its name does not', async () => {
    const publicDir = temporaryFolder();
    const cacheDir = temporaryFolder();
    const file = path.join(publicDir, 'images/klein.jpg');
    fs.mkdirSync(path.dirname(file));
    const source = { src: '/images/klein.jpg', width: 300, height: 200 };
    const write = (background: string) =>
      sharp({ create: { width: 300, height: 200, channels: 3, background } })
        .jpeg()
        .toFile(file);
    const run = async () =>
      (await processImages([source], { publicDir, exportDir: temporaryFolder(), cacheDir })).fromCache;

    await write('#224466');
    const fresh = await run();
    const unchanged = await run();
    await write('#664422');
    const changed = await run();

    expect([fresh, unchanged, changed]).toEqual([0, 3, 0]);
  });

  it('processes an image used by two articles once', async () => {
    const report = await processImages([PHOTO, PHOTO], {
      publicDir: PUBLIC,
      exportDir: temporaryFolder(),
      cacheDir: (await processedPhoto()).cacheDir,
    });

    expect([report.images.length, report.variants]).toEqual([1, 9]);
  });

  it('turns a photo upright as its EXIF orientation says, and keeps a transparent PNG transparent', async () => {
    const publicDir = temporaryFolder();
    fs.mkdirSync(path.join(publicDir, 'images'));
    // Stored 300×200 with "rotate 90°": a reader sees it 200×300.
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(path.join(publicDir, 'images/staand.jpg'));
    await sharp({ create: { width: 600, height: 400, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } })
      .png()
      .toFile(path.join(publicDir, 'images/logo.png'));
    const sources = ['/images/staand.jpg', '/images/logo.png'].map((src) => {
      const info = readImageInfo(src, publicDir);
      if (!info.ok) throw new Error(info.problem);
      return { src, width: info.width, height: info.height };
    });
    const exportDir = temporaryFolder();

    await processImages(sources, { publicDir, exportDir });

    const upright = await sharp(exported(exportDir, '/_images/staand-200.jpg')).metadata();
    const logo = await sharp(exported(exportDir, '/_images/logo-600.png')).metadata();
    expect([upright.width, upright.height, upright.orientation]).toEqual([200, 300, undefined]);
    expect([logo.format, logo.width, logo.hasAlpha]).toEqual(['png', 600, true]);
  });

  it('refuses two sources that would write the same variant', async () => {
    const sources = [
      { src: '/images/foto.jpg', width: 800, height: 600 },
      { src: '/images/foto.png', width: 800, height: 600 },
    ];

    await expect(processImages(sources, { publicDir: PUBLIC, exportDir: temporaryFolder() })).rejects.toThrow(
      'images: /images/foto.jpg and /images/foto.png would both be written to /_images/foto-480.avif',
    );
  });

  it('names the image when its file cannot be encoded', async () => {
    const source = { src: '/images/2025/geen-foto.jpg', width: 800, height: 600 };

    await expect(processImages([source], { publicDir: PUBLIC, exportDir: temporaryFolder() })).rejects.toThrow(
      /^images: \/images\/2025\/geen-foto\.jpg could not be made into \/_images\/2025\/geen-foto-\d+\.\w+: .*unsupported image format/,
    );
  });
});
