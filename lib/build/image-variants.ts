import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentHash, throughCache } from './file-cache';
import { imageVariants, type ImageVariant, type VariantFormat } from '../image-variants';

/**
 * How each format is encoded. Part of the cache key: changing a setting re-encodes everything.
 * AVIF and WebP at these qualities look like the JPEG at 75 for photos, at a fraction of its size.
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 4 },
  webp: { quality: 70, effort: 4 },
  jpeg: { quality: 75, mozjpeg: true, progressive: true },
  png: { compressionLevel: 9, adaptiveFiltering: true },
} as const satisfies Record<VariantFormat, object>;

/** An article image as the site model has it: a site path under public/ and its intrinsic size. */
export type SourceImage = { src: string; width: number; height: number };

export type ProcessImagesOptions = {
  /** The folder `src` paths are read from (public/, or a fixture's). */
  publicDir: string;
  /** The static export the variants are written into (under /_images/). */
  exportDir: string;
  /** Where encoded variants are kept by content hash between runs; none when undefined. */
  cacheDir?: string;
  /**
   * Copy each original into the export at its own path too. Next copies the project's public/
   * itself; another public folder (PUBLIC_DIR, for fixtures) needs this.
   */
  copyOriginals?: boolean;
};

export type WrittenVariant = ImageVariant & { bytes: number; fromCache: boolean };

export type ProcessedImage = { src: string; originalBytes: number; variants: WrittenVariant[] };

export type ImagesReport = {
  images: ProcessedImage[];
  variants: number;
  fromCache: number;
  /**
   * Bytes a reader saves per image: the original's size minus the largest AVIF's (what a
   * browser with a wide screen downloads instead), summed over the images.
   */
  savedBytes: number;
};

/**
 * Writes every variant of every image (lib/image-variants.ts decides which) into the export,
 * encoding with sharp only what the cache does not already hold. Each source is processed once
 * however many articles use it. Throws, naming the image, when a file cannot be encoded or when
 * two sources would write the same variant.
 */
export async function processImages(sources: SourceImage[], options: ProcessImagesOptions): Promise<ImagesReport> {
  const unique = [...new Map(sources.map((source) => [source.src, source])).values()];
  const planned = unique.map((source) => ({ source, variants: imageVariants(source.src, source) }));
  checkNoSharedVariants(planned);

  const images: ProcessedImage[] = [];
  for (const { source, variants } of planned) {
    const file = path.join(path.resolve(options.publicDir), ...source.src.split('/').filter(Boolean));
    const bytes = await fs.promises.readFile(file);
    const hash = contentHash(bytes);
    const written = await Promise.all(
      variants.map(async (variant): Promise<WrittenVariant> => {
        const target = exportPath(options.exportDir, variant.url);
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        const { data, fromCache } = await throughCache(options.cacheDir, cacheName(hash, variant), () =>
          encode(bytes, variant).catch((error: unknown) => {
            throw new Error(`images: ${source.src} could not be made into ${variant.url}: ${String(error)}`);
          }),
        );
        await fs.promises.writeFile(target, data);
        return { ...variant, bytes: data.length, fromCache };
      }),
    );
    if (options.copyOriginals) {
      const target = exportPath(options.exportDir, source.src);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.writeFile(target, bytes);
    }
    images.push({ src: source.src, originalBytes: bytes.length, variants: written });
  }

  const all = images.flatMap((image) => image.variants);
  return {
    images,
    variants: all.length,
    fromCache: all.filter((variant) => variant.fromCache).length,
    savedBytes: images.reduce((sum, image) => sum + image.originalBytes - largest(image, 'avif').bytes, 0),
  };
}

/** The build's one line about images: `images: N sources, M variants (K from cache), saved X KB vs originals`. */
export function describeImagesReport(report: ImagesReport): string {
  const kilobytes = Math.round(report.savedBytes / 1024);
  return `images: ${report.images.length} sources, ${report.variants} variants (${report.fromCache} from cache), saved ${kilobytes} KB vs originals`;
}

/** Encodes one variant: turned upright as EXIF says, scaled to its exact size, metadata dropped (sRGB). */
async function encode(bytes: Buffer, variant: ImageVariant): Promise<Buffer> {
  const image = sharp(bytes).autoOrient().resize(variant.width, variant.height, { fit: 'fill' });
  switch (variant.format) {
    case 'avif':
      return image.avif(ENCODER_SETTINGS.avif).toBuffer();
    case 'webp':
      return image.webp(ENCODER_SETTINGS.webp).toBuffer();
    case 'jpeg':
      // A JPEG has no transparency: a transparent WebP or AVIF original goes onto white.
      return image.flatten({ background: '#ffffff' }).jpeg(ENCODER_SETTINGS.jpeg).toBuffer();
    case 'png':
      return image.png(ENCODER_SETTINGS.png).toBuffer();
  }
}

/** The cache file of one variant: the source's bytes, the variant's size and format, the encoder and its settings. */
function cacheName(sourceHash: string, variant: ImageVariant): string {
  const key = JSON.stringify({
    source: sourceHash,
    width: variant.width,
    height: variant.height,
    format: variant.format,
    settings: ENCODER_SETTINGS[variant.format],
    sharp: sharp.versions.sharp,
  });
  return `${contentHash(key)}.${variant.format}`;
}

function exportPath(exportDir: string, sitePath: string): string {
  return path.join(path.resolve(exportDir), ...sitePath.split('/').filter(Boolean));
}

function largest(image: ProcessedImage, format: VariantFormat): WrittenVariant {
  const candidates = image.variants.filter((variant) => variant.format === format);
  const widest = candidates.reduce<WrittenVariant | undefined>(
    (best, variant) => (!best || variant.width > best.width ? variant : best),
    undefined,
  );
  if (!widest) throw new Error(`unreachable: ${image.src} has no ${format} variant`);
  return widest;
}

/** /images/foto.jpg and /images/foto.png would both write /_images/foto-800.avif: refuse rather than overwrite. */
function checkNoSharedVariants(planned: { source: SourceImage; variants: ImageVariant[] }[]): void {
  const owners = new Map<string, string>();
  for (const { source, variants } of planned) {
    for (const variant of variants) {
      const owner = owners.get(variant.url);
      if (owner && owner !== source.src) {
        throw new Error(
          `images: ${owner} and ${source.src} would both be written to ${variant.url}; rename one of them`,
        );
      }
      owners.set(variant.url, source.src);
    }
  }
}
