import { makeArticle } from '../components/support/factories';
import { modelOf } from './support/site-model';

// A tag's page is titled as the editors write the tag, whichever article came last.

/** Articles newest first, each with the tag spelled its own way. */
function articlesSpelling(...spellings: string[]) {
  return spellings.map((name, index) =>
    makeArticle({
      slug: `artikel-${index}`,
      date: new Date(Date.UTC(2025, 10, 30 - index)),
      tags: [{ name, slug: 'wereldbeker' }],
    }),
  );
}

describe('a tag spelled differently by different articles', () => {
  it('is named as most articles write it, not as the newest does', () => {
    const model = modelOf({ articles: articlesSpelling('WERELDBEKER', 'Wereldbeker', 'Wereldbeker') });

    expect(model.tag('wereldbeker')?.name).toBe('Wereldbeker');
  });

  it('keeps the earliest spelling on a tie, so a new article does not rename the page', () => {
    const model = modelOf({ articles: articlesSpelling('wereldbeker', 'Wereldbeker') });

    expect(model.tag('wereldbeker')?.name).toBe('Wereldbeker');
    expect(model.tags).toEqual([{ name: 'Wereldbeker', slug: 'wereldbeker' }]);
  });
});
