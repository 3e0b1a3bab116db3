import fs from 'node:fs';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { SocialCard } from '@/components/seo/SocialCard';
import { publicDir } from '@/lib/config';
import { SOCIAL_IMAGE } from './metadata';

// Fonts come from an npm package, read at build time: there is no network to fetch any,
// and satori draws text as paths from these files. Satori reads WOFF, not WOFF2.
const fontFile = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/inter/files', name));

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [
    { name: 'Inter', data: fontFile('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-800-normal.woff'), weight: 800, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-ext-800-normal.woff'), weight: 800, style: 'normal' },
  ];
  return fonts;
}

/**
 * Emoji would have to be drawn from images fetched over the network: offline they are left
 * out of the picture (the title keeps them everywhere else).
 */
function withoutEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** PNG settings of the social images; part of their cache key. Level 6: a third of level 9's time for 30 % more bytes. */
export const SOCIAL_PNG = { compressionLevel: 6 } as const;

export type SocialCardText = {
  title: string;
  kicker: string;
  /** The article's photo as a data URL (see socialBackground); none for the plain blue card. */
  background?: string;
};

/**
 * A 1200×630 PNG with a headline, a kicker (category) and the site name, in the site's
 * colours, over the article's photo when there is one. Satori lays the card out as SVG
 * (text as paths), sharp (libvips, native) turns it into a PNG.
 */
export async function renderSocialImage({ title, kicker, background }: SocialCardText): Promise<Buffer> {
  const svg = await satori(
    <SocialCard title={withoutEmoji(title)} kicker={withoutEmoji(kicker)} background={background} />,
    { ...SOCIAL_IMAGE, fonts: loadFonts() },
  );
  return sharp(Buffer.from(svg)).png(SOCIAL_PNG).toBuffer();
}

/**
 * The article image at `src` (a site path of a file under `root`), turned upright, cropped to
 * fill 1200×630 around its most striking part and scaled, as a JPEG data URL: satori draws
 * images from data URLs, and a full-size original would only slow it down.
 */
export async function socialBackground(src: string, root: string = publicDir()): Promise<string> {
  const file = path.join(root, ...src.split('/').filter(Boolean));
  const jpeg = await sharp(file)
    .autoOrient()
    .resize(SOCIAL_IMAGE.width, SOCIAL_IMAGE.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#0b4f8a' })
    .jpeg({ quality: 85 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
