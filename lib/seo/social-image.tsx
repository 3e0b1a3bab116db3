import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/seo/SocialCard';
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

/** A 1200×630 PNG with a headline, a kicker (category) and the site name, in the site's colours. */
export function socialImage({ title, kicker }: { title: string; kicker: string }): ImageResponse {
  return new ImageResponse(<SocialCard title={withoutEmoji(title)} kicker={withoutEmoji(kicker)} />, {
    ...SOCIAL_IMAGE,
    fonts: loadFonts(),
  });
}
