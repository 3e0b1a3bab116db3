import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** PNG icons for phones' home screens and the app manifest, drawn from app/icon.svg. */
const ICON_SIZES: Record<string, number> = {
  'icon-192.png': 192,
  'icon-512.png': 512,
  'apple-touch-icon.png': 180,
};

export function generateStaticParams(): { name: string }[] {
  return Object.keys(ICON_SIZES).map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const size = ICON_SIZES[(await params).name];
  if (!size) return new Response('Niet gevonden', { status: 404 });
  const svg = fs.readFileSync(path.join(process.cwd(), 'app/icon.svg'));
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a browser
    <img src={source} width={size} height={size} alt="" />,
    { width: size, height: size },
  );
}
