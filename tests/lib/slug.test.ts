import { slugify, SLUG_PATTERN } from '@/lib/slug';

describe('slugify', () => {
  it.each([
    ['Sáblíková', 'sablikova'],
    ['1000 meter', '1000-meter'],
    ['1000', '1000'],
    ['IJsselstein', 'ijsselstein'],
    ['Kok wint in IJsselstein', 'kok-wint-in-ijsselstein'],
    ['Wereldbeker Nieuws', 'wereldbeker-nieuws'],
    ['NK Afstanden 2026', 'nk-afstanden-2026'],
    ['Valérie Maltais', 'valerie-maltais'],
    ['Øystein', 'oystein'],
    ['België', 'belgie'],
    ['ruïne', 'ruine'],
    ["'t Zandt", 't-zandt'],
  ])('turns %j into %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it.each([
    ['--Hallo, wereld!--', 'hallo-wereld'],
    ['"Wereldrecord!"', 'wereldrecord'],
    ['...500 meter...', '500-meter'],
    ['  spaties rondom  ', 'spaties-rondom'],
    ['(500 meter)', '500-meter'],
  ])('drops leading and trailing punctuation: %j becomes %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it.each(['a  b', 'a - b', 'a, b', 'a/b'])('makes one hyphen of a run of separators in %j', (text) => {
    expect(slugify(text)).toBe('a-b');
  });

  it.each(['...', '!?', '', '   '])('returns an empty string for %j, which has no letters or digits', (text) => {
    expect(slugify(text)).toBe('');
  });

  // The German transliteration (oe, ue) would misspell Dutch words with a trema.
  it.each([
    ['coördinatie', 'coordinatie'],
    ['reünie', 'reunie'],
  ])('folds the Dutch trema in %j to the plain letter: %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['sablikova', '1000-meter', 'a', '2025'])('accepts %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it.each(['Sablikova', 'wereldbeker nieuws', 'sáblíková', 'a_b', 'a.md', ''])('refuses %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(false);
  });
});
