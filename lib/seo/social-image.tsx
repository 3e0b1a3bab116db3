import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { SocialCard } from '@/components/seo/SocialCard';
import { publicDir } from '@/lib/config';
import { SOCIAL_IMAGE } from './metadata';

// Fonts come from an npm package, read at build time: next/og would otherwise fetch nothing
// (it has no network here) and fall back to one regular weight. Satori reads WOFF, not WOFF2.
const fontFile = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/inter/files', name));

let fonts: NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: fontFile('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-800-normal.woff'), weight: 800, style: 'normal' },
    { name: 'Inter', data: fontFile('inter-latin-ext-800-normal.woff'), weight: 800, style: 'normal' },
  ];
  return fonts;
}

/**
 * Emoji are drawn by next/og from images it downloads: offline that fails the build, so
 * they are left out of the picture (the title keeps them everywhere else).
 */
function withoutEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * A 1200×630 PNG with a headline, a kicker (category) and the site name, in the site's colours,
 * over the article's photo when there is one (`background`, from socialBackground).
 */
export function socialImage({
  title,
  kicker,
  background,
}: {
  title: string;
  kicker: string;
  background?: string;
}): ImageResponse {
  return new ImageResponse(
    <SocialCard title={withoutEmoji(title)} kicker={withoutEmoji(kicker)} background={background} />,
    { ...SOCIAL_IMAGE, fonts: loadFonts() },
  );
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
