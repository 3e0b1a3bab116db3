import path from 'node:path';
import sharp from 'sharp';
import { headlineSize, renderSocialImage, socialBackground } from '@/lib/build/social-image';

const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');
const PHOTO = '/images/2025/visser-testdorp.jpg';

type Pixels = { data: Buffer; width: number; height: number };

async function pixelsOf(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function pixel({ data, width }: Pixels, x: number, y: number): [number, number, number] {
  const at = (y * width + x) * 3;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

/** The rows between `from` and `to` holding at least one pixel of `colour`. */
function rowsWith(image: Pixels, colour: readonly number[], from = 0, to = image.height): number[] {
  const rows: number[] = [];
  const [r, g, b] = colour as [number, number, number];
  for (let y = from; y < to; y += 1) {
    for (let at = y * image.width * 3; at < (y + 1) * image.width * 3; at += 3) {
      const { data } = image;
      if (Math.abs(data[at]! - r) <= 2 && Math.abs(data[at + 1]! - g) <= 2 && Math.abs(data[at + 2]! - b) <= 2) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

/** Consecutive rows as [first, last] runs. */
function runsOf(rows: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

const BLUE = [0x0b, 0x4f, 0x8a];
const WHITE = [255, 255, 255];
const KICKER = [0x9f, 0xd3, 0xff];

describe('renderSocialImage', () => {
  it("draws a 1200×630 PNG on the site's blue: kicker at the top, headline in the middle, the site's name at the bottom", async () => {
    const png = await renderSocialImage({ title: 'Visser rijdt baanrecord', kicker: 'Uitslagen' });

    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    const image = await pixelsOf(png);
    expect(pixel(image, 5, 5)).toEqual(BLUE);
    expect(pixel(image, 1195, 625)).toEqual(BLUE);
    const kickerRows = rowsWith(image, KICKER);
    expect(kickerRows.length).toBeGreaterThan(10);
    expect(Math.min(...kickerRows)).toBeGreaterThanOrEqual(64);
    expect(Math.max(...kickerRows)).toBeLessThan(110);
    const whiteRows = rowsWith(image, WHITE);
    const headlineRows = whiteRows.filter((y) => y > 150 && y < 480);
    const nameRows = whiteRows.filter((y) => y >= 480);
    expect(headlineRows.length).toBeGreaterThan(40);
    expect(nameRows.length).toBeGreaterThan(15);
    expect(Math.max(...nameRows)).toBeLessThanOrEqual(630 - 64);
    // Nothing drawn in the side margins.
    for (let y = 0; y < 630; y += 7) expect(pixel(image, 40, y)).toEqual(BLUE);
  });

  it('wraps a long headline over more lines, set smaller', async () => {
    const short = await pixelsOf(await renderSocialImage({ title: 'Visser rijdt baanrecord', kicker: 'Nieuws' }));
    const long = await pixelsOf(
      await renderSocialImage({
        title:
          'Visser rijdt baanrecord op de 5000 meter in Testdorp en laat de concurrentie ruim tien seconden achter zich',
        kicker: 'Nieuws',
      }),
    );

    const headlineHeight = (image: Pixels) => {
      const rows = rowsWith(image, WHITE, 110, 500);
      return Math.max(...rows) - Math.min(...rows);
    };
    expect(headlineHeight(long)).toBeGreaterThan(2 * headlineHeight(short));
  });

  it('keeps the longest headline an editor may write (160 characters) clear of the kicker and the name', async () => {
    const title = `${'Schaatsers rijden hard op de ijsbaan in Heerenveen '.repeat(4)}`.slice(0, 160);
    const image = await pixelsOf(await renderSocialImage({ title, kicker: 'Nieuws' }));

    const kickerBottom = Math.max(...rowsWith(image, KICKER));
    // White runs of rows: the headline's lines, then the site's name (and its bar) alone at the bottom.
    const runs = runsOf(rowsWith(image, WHITE));
    const name = runs.at(-1)!;
    const headlineRows = runs.slice(0, -1);
    expect(name[0]).toBeGreaterThanOrEqual(520);
    expect(name[1] - name[0]).toBeLessThan(35);
    expect(name[0] - headlineRows.at(-1)![1]).toBeGreaterThan(20);
    expect(headlineRows[0]![0]).toBeGreaterThan(kickerBottom + 20);
    expect(headlineRows.length).toBe(5);
  });

  it.each([
    [50, 76],
    [51, 64],
    [90, 64],
    [91, 54],
  ])('sets a headline of %i characters at %i px so that it fits the image', (length, size) => {
    expect(headlineSize('k'.repeat(length))).toBe(size);
  });

  it('draws headlines with markup characters (&, <, >) and emoji in them', async () => {
    const png = await renderSocialImage({ title: 'Visser & Co <3 > de rest 🎉', kicker: 'Tips & trucs' });

    expect(rowsWith(await pixelsOf(png), WHITE, 150, 480).length).toBeGreaterThan(20);
  });

  it("draws the article's photo under a dark overlay that deepens towards the bottom", async () => {
    const background = await socialBackground(PHOTO, PUBLIC);
    const photo = { data: background, width: 1200, height: 630 };
    const png = await renderSocialImage({ title: 'Visser rijdt baanrecord', kicker: 'Uitslagen', background });

    const image = await pixelsOf(png);
    const brightness = (rgb: number[]) => rgb[0]! + rgb[1]! + rgb[2]!;
    const darkening = (y: number) => brightness(pixel(photo, 1150, y)) - brightness(pixel(image, 1150, y));
    expect(darkening(5)).toBeGreaterThan(0);
    expect(darkening(625) / brightness(pixel(photo, 1150, 625))).toBeGreaterThan(
      darkening(5) / brightness(pixel(photo, 1150, 5)),
    );
    expect(rowsWith(image, WHITE, 150, 480).length).toBeGreaterThan(40);
    // The photo buffer it was given is left as it was.
    expect(background.equals(await socialBackground(PHOTO, PUBLIC))).toBe(true);
  });

  it('gives the text a soft shadow over a photo, none on the plain blue', async () => {
    const title = 'I';
    const plain = await pixelsOf(await renderSocialImage({ title, kicker: 'Nieuws' }));
    const rows = rowsWith(plain, WHITE, 150, 480);
    const [x, y] = [72 + 30, Math.max(...rows) + 3];
    expect(pixel(plain, x, y)).toEqual(BLUE);

    const background = Buffer.alloc(1200 * 630 * 3, 200);
    const overPhoto = await pixelsOf(await renderSocialImage({ title, kicker: 'Nieuws', background }));
    const far = pixel(overPhoto, 1150, y);
    expect(pixel(overPhoto, 72 + 10, y)[0]).toBeLessThan(far[0] - 5);
  });
});

describe('socialBackground', () => {
  it("crops and scales the article's photo to 1200×630 RGB pixels", async () => {
    const pixels = await socialBackground(PHOTO, PUBLIC);

    expect(pixels.length).toBe(1200 * 630 * 3);
  });

  it('fails, naming the file, when the photo is missing', async () => {
    await expect(socialBackground('/images/weg.jpg', PUBLIC)).rejects.toThrow(/weg\.jpg/);
  });
});
