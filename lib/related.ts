import type { Article } from './types';

/** What an article shares with others, as the lists of articles (newest first) per shared thing. */
export type RelatedCandidates = { athletes: Article[][]; competition: Article[]; tags: Article[][] };

// Weights: the same competition says most, a shared skater much, a shared tag a little.
const WEIGHT = { competition: 4, athlete: 3, tag: 1 } as const;

// Only the newest articles of each shared thing are considered: a tag such as "wereldbeker"
// can hold thousands, and related articles are recent ones; this keeps the work per article
// constant however large the archive grows.
const NEWEST_PER_GROUP = 60;

/**
 * Ranks the articles that share something with `article`: by summed weight, then newest
 * first, then slug (so the order never depends on anything else). Never the article itself.
 */
export function rankRelated(article: Article, candidates: RelatedCandidates): Article[] {
  const scores = new Map<Article, number>();
  const add = (group: Article[], weight: number) => {
    let considered = 0;
    for (const other of group) {
      if (other === article) continue;
      scores.set(other, (scores.get(other) ?? 0) + weight);
      if (++considered === NEWEST_PER_GROUP) break;
    }
  };
  add(candidates.competition, WEIGHT.competition);
  for (const group of candidates.athletes) add(group, WEIGHT.athlete);
  for (const group of candidates.tags) add(group, WEIGHT.tag);
  return [...scores.entries()]
    .sort(
      ([a, scoreA], [b, scoreB]) =>
        scoreB - scoreA || b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1),
    )
    .map(([other]) => other);
}
