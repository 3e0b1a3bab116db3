import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import decompressWoff2 from 'wawoff2/decompress.js';
import { contentHash, writeAtomically } from '@/lib/build/file-cache';
import { publicDir, siteConfig } from '@/lib/config';
import { SOCIAL_IMAGE } from '../seo/metadata';

/**
 * The picture a shared link shows: kicker (category), headline and the site's name, in the
 * site's colours, on its blue or over the article's photo. 1200×630 PNG.
 *
 * Drawn by sharp alone: Pango (inside libvips) sets the text with Inter, and the layers are
 * laid onto one pixel buffer here, which costs less than laying the card out as SVG and
 * rasterising it (docs/decisions/0014-social-images-outside-next.md).
 */

const { width: WIDTH, height: HEIGHT } = SOCIAL_IMAGE;
const PADDING = { x: 72, y: 64 } as const;
const TEXT_WIDTH = WIDTH - 2 * PADDING.x;

type Rgb = readonly [number, number, number];
const COLOURS = {
  background: [0x0b, 0x4f, 0x8a],
  text: [0xff, 0xff, 0xff],
  kicker: [0x9f, 0xd3, 0xff],
  /** Over a photo: dark blue, darkest where the headline and the site's name stand. */
  overlay: [4, 26, 48],
  shadow: [0, 0, 0],
} as const satisfies Record<string, Rgb>;
/** The overlay's opacity from top to bottom: white text stays readable on snow, ice and bright sky alike. */
const OVERLAY_STOPS = [
  [0, 0.55],
  [0.45, 0.72],
  [1, 0.9],
] as const;
/** Over a photo every text gets a soft shadow (like CSS `0 2px 12px rgba(0,0,0,.45)`). */
const SHADOW = { offsetY: 2, sigma: 6, opacity: 0.45 } as const;
/** The short bar before the site's name. */
const RULE = { width: 56, height: 8, gap: 20 } as const;

/** The headline's size in pixels: long headlines are set smaller so that they fit the card. */
export function headlineSize(title: string): number {
  return title.length > 90 ? 54 : title.length > 50 ? 64 : 76;
}

/** PNG settings of the social images; part of their cache key. Level 6: zlib's balance of time and size. */
export const SOCIAL_PNG = { compressionLevel: 6 } as const;

export type SocialCardText = {
  title: string;
  kicker: string;
  /** The article's photo, already cropped to 1200×630 (see socialBackground); none for the plain blue card. */
  background?: Buffer;
};

/** A 1200×630 PNG of the card for `title` under `kicker`. */
export async function renderSocialImage({ title, kicker, background }: SocialCardText): Promise<Buffer> {
  const canvas = background ? copyOf(background) : blueCard();
  if (background) paintOverlay(canvas);
  const headlineText = withoutEmoji(title);
  const [kickerText, headline, siteName] = await Promise.all([
    textLayer(withoutEmoji(kicker).toUpperCase(), { size: 30, letterSpacing: 2 }),
    textLayer(headlineText, { size: headlineSize(headlineText), lineHeight: 1.1, width: TEXT_WIDTH }),
    textLayer(siteConfig.name, { size: 34 }),
  ]);
  // As a column with space between: kicker at the top, the site's name at the bottom, the
  // headline in the middle of what is left.
  const siteNameTop = HEIGHT - PADDING.y - siteName.height;
  const free = siteNameTop - (PADDING.y + kickerText.height);
  const headlineTop = PADDING.y + kickerText.height + Math.round((free - headline.height) / 2);
  const rule = solidLayer(RULE.width, RULE.height);
  const texts: [Layer, number, number, Rgb][] = [
    [kickerText, PADDING.x, PADDING.y, COLOURS.kicker],
    [headline, PADDING.x, headlineTop, COLOURS.text],
    [rule, PADDING.x, siteNameTop + Math.round((siteName.height - RULE.height) / 2), COLOURS.text],
    [siteName, PADDING.x + RULE.width + RULE.gap, siteNameTop, COLOURS.text],
  ];
  if (background) {
    const shadows = await Promise.all(texts.map(([layer]) => shadowOf(layer)));
    texts.forEach(([, left, top], index) =>
      paint(
        canvas,
        shadows[index]!,
        left - SHADOW_MARGIN,
        top - SHADOW_MARGIN + SHADOW.offsetY,
        COLOURS.shadow,
        SHADOW.opacity,
      ),
    );
  }
  for (const [layer, left, top, colour] of texts) paint(canvas, layer, left, top, colour);
  return sharp(canvas, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .png(SOCIAL_PNG)
    .toBuffer();
}

/**
 * The article image at `src` (a site path of a file under `root`), turned upright, cropped to
 * fill 1200×630 around its most striking part and scaled, as RGB pixels for renderSocialImage.
 */
export async function socialBackground(src: string, root: string = publicDir()): Promise<Buffer> {
  const file = path.join(root, ...src.split('/').filter(Boolean));
  return sharp(file)
    .autoOrient()
    .resize(WIDTH, HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: { r: COLOURS.background[0], g: COLOURS.background[1], b: COLOURS.background[2] } })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer();
}

/** The card's pixels: 1200×630, three bytes (RGB) a pixel. */
type Canvas = Buffer;
/** Coverage (0–255, one byte a pixel) of something to paint in one colour: text or a bar. */
type Layer = { data: Buffer; width: number; height: number };

function blueCard(): Canvas {
  return Buffer.alloc(WIDTH * HEIGHT * 3, Buffer.from(COLOURS.background));
}

/** A copy to paint on: the photo may be someone else's buffer. (allocUnsafeSlow: no zeroing, no pool; every byte is copied over.) */
function copyOf(pixels: Buffer): Canvas {
  const canvas = Buffer.allocUnsafeSlow(pixels.length);
  pixels.copy(canvas);
  return canvas;
}

function paintOverlay(canvas: Canvas): void {
  for (let y = 0; y < HEIGHT; y += 1) {
    const weight = Math.round(overlayOpacity(y / (HEIGHT - 1)) * 256);
    const row = y * WIDTH * 3;
    for (let x = 0; x < WIDTH * 3; x += 3) blend(canvas, row + x, COLOURS.overlay, weight);
  }
}

function overlayOpacity(at: number): number {
  for (let stop = 1; stop < OVERLAY_STOPS.length; stop += 1) {
    const [end, endOpacity] = OVERLAY_STOPS[stop]!;
    const [start, startOpacity] = OVERLAY_STOPS[stop - 1]!;
    if (at <= end) return startOpacity + ((at - start) / (end - start)) * (endOpacity - startOpacity);
  }
  return OVERLAY_STOPS.at(-1)![1];
}

/** Paints `colour` onto the canvas where `layer` covers it, at `opacity`; clipped at the edges. */
function paint(canvas: Canvas, layer: Layer, left: number, top: number, colour: Rgb, opacity = 1): void {
  // Coverage times opacity as a weight out of 256, looked up rather than multiplied per pixel.
  const weights = Array.from({ length: 256 }, (_, coverage) => Math.round((coverage / 255) * opacity * 256));
  for (let y = Math.max(0, -top); y < layer.height && top + y < HEIGHT; y += 1) {
    for (let x = Math.max(0, -left); x < layer.width && left + x < WIDTH; x += 1) {
      const weight = weights[layer.data[y * layer.width + x]!]!;
      if (weight > 0) blend(canvas, ((top + y) * WIDTH + left + x) * 3, colour, weight);
    }
  }
}

/** One pixel `weight`/256 of the way to `colour` (integer arithmetic: this runs for every pixel of a card). */
function blend(canvas: Canvas, at: number, colour: Rgb, weight: number): void {
  const keep = 256 - weight;
  canvas[at] = (canvas[at]! * keep + colour[0] * weight) >> 8;
  canvas[at + 1] = (canvas[at + 1]! * keep + colour[1] * weight) >> 8;
  canvas[at + 2] = (canvas[at + 2]! * keep + colour[2] * weight) >> 8;
}

function solidLayer(width: number, height: number): Layer {
  return { data: Buffer.alloc(width * height, 255), width, height };
}

type TextStyle = { size: number; letterSpacing?: number; lineHeight?: number; width?: number };

/** `text` set in Inter ExtraBold by Pango, as coverage; wrapped between words at `width`. */
async function textLayer(text: string, style: TextStyle): Promise<Layer> {
  const attributes = [
    style.letterSpacing ? ` letter_spacing="${style.letterSpacing * 1024}"` : '',
    style.lineHeight ? ` line_height="${style.lineHeight}"` : '',
  ].join('');
  const { data, info } = await sharp({
    text: {
      text: `<span${attributes}>${escapeMarkup(text)}</span>`,
      // The comma ends the family's name: Pango would otherwise read "ExtraBold" as a weight
      // of a family "Inter", which fontconfig does not know (the files name it "Inter ExtraBold").
      font: `${await interExtraBold()}, ${style.size}`,
      // 72 dpi: a point is a pixel, as in the card's CSS sizes.
      dpi: 72,
      ...(style.width ? { width: style.width, wrap: 'word' as const } : {}),
    },
  })
    // One byte a pixel: sharp would otherwise hand the coverage over as three equal channels.
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Room around a text for its blurred shadow. */
const SHADOW_MARGIN = SHADOW.sigma * 3;

/** The layer's shadow: its coverage blurred, on a canvas larger by SHADOW_MARGIN on each side. */
async function shadowOf(layer: Layer): Promise<Layer> {
  const width = layer.width + 2 * SHADOW_MARGIN;
  const height = layer.height + 2 * SHADOW_MARGIN;
  const padded = Buffer.alloc(width * height);
  for (let y = 0; y < layer.height; y += 1) {
    layer.data.copy(padded, (y + SHADOW_MARGIN) * width + SHADOW_MARGIN, y * layer.width, (y + 1) * layer.width);
  }
  const data = await sharp(padded, { raw: { width, height, channels: 1 } })
    .blur(SHADOW.sigma)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { data, width, height };
}

/**
 * The fonts: Inter ExtraBold from @fontsource/inter (there is no network to fetch any), its
 * Latin and Latin Extended subsets. Fontconfig reads TrueType, not WOFF2, so each file is
 * unpacked once into the system's temporary folder under a name made from its bytes, then
 * made known to libvips by setting a throwaway text with it. Returns the family's name.
 * Pango draws a family it cannot find in some other font without a word, so the build
 * fails instead when Inter is set exactly as a family that does not exist would be.
 */
let fontsReady: Promise<string> | undefined;
function interExtraBold(): Promise<string> {
  fontsReady ??= (async () => {
    const files: string[] = [];
    for (const subset of ['latin', 'latin-ext']) {
      const woff2 = fs.readFileSync(
        path.join(process.cwd(), 'node_modules/@fontsource/inter/files', `inter-${subset}-800-normal.woff2`),
      );
      const file = path.join(
        os.tmpdir(),
        'schaatsnieuws-fonts',
        `inter-${subset}-800-${contentHash(woff2).slice(0, 12)}.ttf`,
      );
      if (!fs.existsSync(file)) await writeAtomically(file, await decompressWoff2(woff2));
      await sharp({ text: { text: '.', fontfile: file } })
        .raw()
        .toBuffer();
      files.push(file);
    }
    const family = 'Inter ExtraBold';
    const [inter, fallback] = await Promise.all([sample(family), sample('No Such Family')]);
    if (inter.equals(fallback)) {
      throw new Error(`social images: fontconfig did not take the font family "${family}" from ${files.join(' and ')}`);
    }
    return family;
  })();
  return fontsReady;
}

/** A line set in `family` (Pango falls back to another font when it has no such family). */
function sample(family: string): Promise<Buffer> {
  return sharp({ text: { text: 'Schaatsnieuws ŠŮØ', font: `${family}, 30`, dpi: 72 } })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Emoji would need a colour font the build does not have: they are left out of the picture
 * (the title keeps them everywhere else).
 */
function withoutEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
