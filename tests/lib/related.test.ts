import { rankRelated, type RelatedCandidates } from '@/lib/related';
import type { Article } from '@/lib/types';
import { makeArticle } from '../components/support/factories';

/** An article published `day` days into November 2025: a later day is newer. */
function story(slug: string, day = 1): Article {
  return makeArticle({ slug, date: new Date(Date.UTC(2025, 10, day, 12)) });
}

function candidates(shared: Partial<RelatedCandidates>): RelatedCandidates {
  return { athletes: [], competition: [], tags: [], ...shared };
}

const slugs = (articles: Article[]) => articles.map((article) => article.slug);

describe('rankRelated', () => {
  const subject = story('onderwerp', 20);

  it('ranks an article at the same competition above one about the same skater', () => {
    const sameSkater = story('zelfde-schaatser', 10);
    const sameCompetition = story('zelfde-wedstrijd', 5);

    const ranked = rankRelated(subject, candidates({ competition: [sameCompetition], athletes: [[sameSkater]] }));

    expect(slugs(ranked)).toEqual(['zelfde-wedstrijd', 'zelfde-schaatser']);
  });

  it('ranks an article about the same skater above one with the same tag', () => {
    const sameTag = story('zelfde-tag', 10);
    const sameSkater = story('zelfde-schaatser', 5);

    const ranked = rankRelated(subject, candidates({ athletes: [[sameSkater]], tags: [[sameTag]] }));

    expect(slugs(ranked)).toEqual(['zelfde-schaatser', 'zelfde-tag']);
  });

  it('adds up what an article shares: two skaters (3 + 3) outweigh the competition (4)', () => {
    const twoSkaters = story('twee-schaatsers', 5);
    const sameCompetition = story('zelfde-wedstrijd', 10);

    const ranked = rankRelated(
      subject,
      candidates({ competition: [sameCompetition], athletes: [[twoSkaters], [twoSkaters]] }),
    );

    expect(slugs(ranked)).toEqual(['twee-schaatsers', 'zelfde-wedstrijd']);
  });

  it('lists an article that shares several things once', () => {
    const everything = story('alles-gedeeld');

    const ranked = rankRelated(
      subject,
      candidates({ competition: [everything], athletes: [[everything]], tags: [[everything], [everything]] }),
    );

    expect(slugs(ranked)).toEqual(['alles-gedeeld']);
  });

  it('puts the newer of two equally related articles first', () => {
    const older = story('ouder', 3);
    const newer = story('nieuwer', 4);

    expect(slugs(rankRelated(subject, candidates({ tags: [[older, newer]] })))).toEqual(['nieuwer', 'ouder']);
  });

  it('orders equally related articles of the same moment by slug', () => {
    const b = story('b-artikel', 3);
    const a = story('a-artikel', 3);

    expect(slugs(rankRelated(subject, candidates({ tags: [[b, a]] })))).toEqual(['a-artikel', 'b-artikel']);
  });

  it('never lists the article itself, though it is in every group it shares', () => {
    const other = story('ander-artikel');

    const ranked = rankRelated(
      subject,
      candidates({ competition: [subject, other], athletes: [[subject]], tags: [[subject, other]] }),
    );

    expect(slugs(ranked)).toEqual(['ander-artikel']);
  });

  it('lists nothing when the article shares nothing', () => {
    expect(rankRelated(subject, candidates({}))).toEqual([]);
  });

  it('lists only articles published before it, so a new story leaves older pages as they are', () => {
    const earlier = story('eerder', 10);
    const later = story('later', 25);

    const ranked = rankRelated(subject, candidates({ athletes: [[later, subject, earlier]] }));

    expect(slugs(ranked)).toEqual(['eerder']);
  });

  it('counts an article of the same moment as earlier only when its slug comes after', () => {
    const before = story('aaa', 20);
    const after = story('zzz', 20);

    const ranked = rankRelated(subject, candidates({ tags: [[before, subject, after]] }));

    expect(slugs(ranked)).toEqual(['zzz']);
  });

  describe('a large group', () => {
    // 61 articles with one tag before the subject, newest first as the model keeps them: day 61 down to day 1.
    const latest = story('onderwerp-van-later', 70);
    const crowd = [latest, ...Array.from({ length: 61 }, (_, index) => story(`wereldbeker-${61 - index}`, 61 - index))];
    const oldest = crowd.at(-1);

    it('considers only the sixty articles just before it in a shared tag', () => {
      const ranked = rankRelated(latest, candidates({ tags: [crowd] }));

      expect(ranked).toHaveLength(60);
      expect(slugs(ranked)).not.toContain('wereldbeker-1');
    });

    it('still lists an article past those sixty when it shares something else', () => {
      if (!oldest) throw new Error('the crowd is empty');

      const ranked = rankRelated(latest, candidates({ tags: [crowd], athletes: [[oldest]] }));

      expect(ranked[0]).toBe(oldest);
    });
  });
});

describe('rankRelated with a count', () => {
  it('gives the first articles of the whole ranking, ties of weight and day decided by slug', () => {
    // 40 earlier articles over 5 days, in groups that overlap: many equal weights and days.
    const subject = story('onderwerp', 30);
    const earlier = Array.from({ length: 40 }, (_, i) => story(`artikel-${String(i).padStart(2, '0')}`, 1 + (i % 5)));
    const newestFirst = (list: Article[]) =>
      [...list].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1));
    const shared = candidates({
      competition: newestFirst(earlier.filter((_, i) => i % 3 === 0)),
      athletes: [newestFirst(earlier.filter((_, i) => i % 2 === 0)), newestFirst(earlier.filter((_, i) => i % 7 < 3))],
      tags: [newestFirst(earlier), newestFirst(earlier.filter((_, i) => i % 4 === 1))],
    });
    const whole = slugs(rankRelated(subject, shared));
    expect(whole).toHaveLength(40);
    for (const count of [0, 1, 4, 13, 39, 40, 50]) {
      expect(slugs(rankRelated(subject, shared, count))).toEqual(whole.slice(0, count));
    }
  });
});
