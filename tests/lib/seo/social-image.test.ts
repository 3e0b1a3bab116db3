import path from 'node:path';
import sharp from 'sharp';
import { socialBackground } from '@/lib/seo/social-image';

const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');

describe('socialBackground', () => {
  it("crops and scales the article's photo to a 1200×630 JPEG data URL", async () => {
    const url = await socialBackground('/images/2025/visser-testdorp.jpg', PUBLIC);

    expect(url).toMatch(/^data:image\/jpeg;base64,/);
    const metadata = await sharp(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('fails, naming the file, when the photo is missing', async () => {
    await expect(socialBackground('/images/weg.jpg', PUBLIC)).rejects.toThrow(/weg\.jpg/);
  });
});
