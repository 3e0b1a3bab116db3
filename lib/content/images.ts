import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ArticleImage } from '../types';

/** The intrinsic size of an image as a reader sees it (EXIF rotation applied). */
export type ImageInfo = { width: number; height: number };

/** Either the image's size, or what is wrong with its file, as `verwacht ...; gevonden: ...`. */
export type ImageInfoResult = ({ ok: true } & ImageInfo) | { ok: false; problem: string };

// Kinds the build turns into variants. image-size's names; `jpg` covers .jpg and .jpeg.
const READABLE: Record<string, string> = { jpg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };
// Others image-size recognises, as a problem names them.
const OTHER_KINDS: Record<string, string> = {
  gif: 'een GIF-bestand',
  svg: 'een SVG-bestand',
  heif: 'een HEIF-bestand',
  tiff: 'een TIFF-bestand',
  bmp: 'een BMP-bestand',
  unknown: 'een bestand van onbekende soort',
};

// Enough for the size of nearly every JPEG (it follows the EXIF block); the rest is read only when not.
const HEAD_BYTES = 256 * 1024;

/**
 * Reads the width and height of the image at `src` (a site path such as /images/2025/foto.jpg)
 * from its file under `publicDir`, synchronously and from the file's head only, so that loading
 * content stays cheap whatever size the editor uploaded. Reports a file that is missing, or
 * that is not a JPEG, PNG, WebP or AVIF whose size can be read.
 */
export function readImageInfo(src: string, publicDir: string): ImageInfoResult {
  const root = path.resolve(publicDir);
  const file = path.join(root, ...src.split('/').filter(Boolean));
  const shown = displayPath(file);
  const expectedFile = `verwacht een bestand onder ${displayPath(root)}/; gevonden: "${src}"`;
  if (!file.startsWith(root + path.sep)) return { ok: false, problem: `${expectedFile}, dat erbuiten ligt` };

  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, problem: `${expectedFile}, maar ${shown} bestaat niet` };
  }
  if (!stat.isFile()) return { ok: false, problem: `${expectedFile}, maar ${shown} is een map` };

  const size = readSize(file, stat.size);
  const expectedImage = 'verwacht een foto in JPEG, PNG, WebP of AVIF';
  if (!size) return { ok: false, problem: `${expectedImage}; gevonden: ${shown}, dat niet als foto te lezen is` };
  const kind = size.type ?? 'unknown';
  if (!READABLE[kind]) {
    return {
      ok: false,
      problem: `${expectedImage}; gevonden: ${shown}, ${OTHER_KINDS[kind] ?? `een ${kind.toUpperCase()}-bestand`}`,
    };
  }
  if (!(size.width > 0 && size.height > 0)) {
    return {
      ok: false,
      problem: `${expectedImage} met een breedte en hoogte; gevonden: ${shown}, ${size.width}×${size.height}`,
    };
  }
  // EXIF orientations 5 to 8 turn the picture a quarter: the reader sees it the other way round.
  const turned = (size.orientation ?? 1) >= 5;
  return { ok: true, width: turned ? size.height : size.width, height: turned ? size.width : size.height };
}

/**
 * The article's image with its intrinsic width and height, or undefined after `report` has been
 * told what is wrong with its file (the loader reports it at the image's `src`).
 */
export function withImageSize(
  image: Omit<ArticleImage, 'width' | 'height'>,
  publicDir: string,
  report: (message: string) => void,
): ArticleImage | undefined {
  const info = readImageInfo(image.src, publicDir);
  if (!info.ok) {
    report(info.problem);
    return undefined;
  }
  return { ...image, width: info.width, height: info.height };
}

function readSize(file: string, fileSize: number): ReturnType<typeof imageSize> | undefined {
  const head = readHead(file, Math.min(fileSize, HEAD_BYTES));
  try {
    return imageSize(head);
  } catch {
    if (fileSize <= HEAD_BYTES) return undefined;
  }
  try {
    return imageSize(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

function readHead(file: string, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  const descriptor = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(descriptor, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** A path as problems show it: relative to the working folder, with forward slashes. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}
