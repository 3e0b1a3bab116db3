import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { readImageInfo, withImageSize } from '@/lib/content/images';

const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');
const shownPublic = path.relative(process.cwd(), PUBLIC).split(path.sep).join('/');

function temporaryPublic(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'public-'));
}

async function write(publicDir: string, name: string, image: Sharp): Promise<void> {
  await image.toFile(path.join(publicDir, name));
}

const plain = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } });

describe('readImageInfo', () => {
  it('reads the width and height of a JPEG under public/', () => {
    expect(readImageInfo('/images/2025/visser-testdorp.jpg', PUBLIC)).toEqual({ ok: true, width: 1600, height: 1000 });
  });

  it.each([
    ['foto.png', plain(30, 20).png()],
    ['foto.webp', plain(30, 20).webp()],
    ['foto.avif', plain(30, 20).avif()],
  ])('reads %s', async (name, image) => {
    const publicDir = temporaryPublic();
    await write(publicDir, name, image);

    expect(readImageInfo(`/${name}`, publicDir)).toEqual({ ok: true, width: 30, height: 20 });
  });

  it('gives the size a reader sees for a photo its EXIF turns a quarter', async () => {
    const publicDir = temporaryPublic();
    await write(publicDir, 'staand.jpg', plain(300, 200).jpeg().withMetadata({ orientation: 6 }));

    expect(readImageInfo('/staand.jpg', publicDir)).toEqual({ ok: true, width: 200, height: 300 });
  });

  it('reads a JPEG whose size stands after a large metadata block', async () => {
    const publicDir = temporaryPublic();
    // An ICC profile and EXIF of well over the 256 KB first read would be unusual, so a large comment stands in.
    const jpeg = await plain(64, 48).jpeg().toBuffer();
    const comment = Buffer.alloc(60_000, 0x41);
    const segment = (bytes: Buffer) =>
      Buffer.concat([Buffer.from([0xff, 0xfe, (bytes.length + 2) >> 8, (bytes.length + 2) & 0xff]), bytes]);
    const padded = Buffer.concat([
      jpeg.subarray(0, 2),
      ...Array.from({ length: 6 }, () => segment(comment)),
      jpeg.subarray(2),
    ]);
    fs.writeFileSync(path.join(publicDir, 'groot.jpg'), padded);

    expect(padded.length).toBeGreaterThan(256 * 1024);
    expect(readImageInfo('/groot.jpg', publicDir)).toEqual({ ok: true, width: 64, height: 48 });
  });

  it('reports a missing file, naming the file it looked for', () => {
    expect(readImageInfo('/images/2025/weg.jpg', PUBLIC)).toEqual({
      ok: false,
      problem: `verwacht een bestand onder ${shownPublic}/; gevonden: "/images/2025/weg.jpg", maar ${shownPublic}/images/2025/weg.jpg bestaat niet`,
    });
  });

  it('reports a folder where a file should be', () => {
    const publicDir = temporaryPublic();
    fs.mkdirSync(path.join(publicDir, 'map.jpg'));

    expect(readImageInfo('/map.jpg', publicDir)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/map\.jpg is een map$/),
    });
  });

  it('reports a file that is not an image', () => {
    expect(readImageInfo('/images/2025/geen-foto.jpg', PUBLIC)).toEqual({
      ok: false,
      problem: `verwacht een foto in JPEG, PNG, WebP of AVIF; gevonden: ${shownPublic}/images/2025/geen-foto.jpg, dat niet als foto te lezen is`,
    });
  });

  it.each([
    ['bewegend.gif', plain(30, 20).gif(), 'een GIF-bestand'],
    ['scan.tiff', plain(30, 20).tiff(), 'een TIFF-bestand'],
  ])('reports %s as an image the build does not turn into variants', async (name, image, kind) => {
    const publicDir = temporaryPublic();
    await write(publicDir, name, image);

    expect(readImageInfo(`/${name}`, publicDir)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(
        new RegExp(`^verwacht een foto in JPEG, PNG, WebP of AVIF; gevonden: .*${name}, ${kind}$`),
      ),
    });
  });

  it('reports an SVG as an image the build does not turn into variants', () => {
    const publicDir = temporaryPublic();
    fs.writeFileSync(
      path.join(publicDir, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    );

    expect(readImageInfo('/logo.svg', publicDir)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('een SVG-bestand'),
    });
  });
});

describe('withImageSize', () => {
  it('adds the width and height to the image', () => {
    const image = { src: '/images/2025/visser-testdorp.jpg', alt: 'Visser', credit: 'Testfoto' };

    expect(withImageSize(image, PUBLIC, () => undefined)).toEqual({ ...image, width: 1600, height: 1000 });
  });

  it('reports the problem and gives no image when the file is missing', () => {
    const reported: string[] = [];

    const image = withImageSize({ src: '/weg.jpg', alt: 'Weg' }, PUBLIC, (message) => reported.push(message));

    expect([image, reported]).toEqual([undefined, [expect.stringContaining('gevonden: "/weg.jpg", maar ')]]);
  });
});
