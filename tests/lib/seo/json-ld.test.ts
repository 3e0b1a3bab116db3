import { serializeJsonLd } from '@/lib/seo/json-ld';

const HOSTILE_HEADLINE = '</script><script>alert(1)</script> & \u2028 \u2029 <!-- -->';

describe('serializeJsonLd', () => {
  it.each([
    ['<', '<', '</script>'],
    ['>', '>', '<b>'],
    ['&', '&', 'Kok & Leerdam'],
    ['U+2028 (line separator)', '\u2028', 'een\u2028twee'],
    ['U+2029 (paragraph separator)', '\u2029', 'een\u2029twee'],
  ])('writes no raw %s', (_name, character, headline) => {
    expect(serializeJsonLd({ headline })).not.toContain(character);
  });

  it('writes JSON that parses back to the same data', () => {
    const data = { '@type': 'NewsArticle', headline: HOSTILE_HEADLINE, keywords: ['a<b', 'c&d'] };

    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('writes a list of items as a JSON array', () => {
    expect(JSON.parse(serializeJsonLd([{ a: 1 }, { b: '</script>' }]))).toEqual([{ a: 1 }, { b: '</script>' }]);
  });
});
