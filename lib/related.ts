import type { Article } from './types';

/** What an article shares with others, as the lists of articles (newest first) per shared thing. */
export type RelatedCandidates = { athletes: Article[][]; competition: Article[]; tags: Article[][] };

// Weights: the same competition says most, a shared skater much, a shared tag a little.
const WEIGHT = { competition: 4, athlete: 3, tag: 1 } as const;

// Only the articles just before this one in each shared thing are considered: a tag such as
// "wereldbeker" can hold thousands; this keeps the work per article constant however large the
// archive grows.
const NEAREST_PER_GROUP = 60;

/**
 * Ranks the articles published before `article` that share something with it: by summed
 * weight, then newest first, then slug (so the order never depends on anything else). Only
 * earlier articles, so that a new story never changes the pages of the stories before it
 * (docs/decisions/0023-incremental-builds.md). Groups are newest first, as the model keeps them.
 */
export function rankRelated(article: Article, candidates: RelatedCandidates, count = Infinity): Article[] {
  const scores = new Map<Article, number>();
  const add = (group: Article[], weight: number) => {
    const start = firstOlder(group, article);
    for (const other of group.slice(start, start + NEAREST_PER_GROUP)) {
      scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  };
  add(candidates.competition, WEIGHT.competition);
  for (const group of candidates.athletes) add(group, WEIGHT.athlete);
  for (const group of candidates.tags) add(group, WEIGHT.tag);
  return topRanked([...scores.entries()], count).map(([other]) => other);
}

type Scored = [Article, number];

/** By summed weight, then newest first, then slug. */
function byRank([a, scoreA]: Scored, [b, scoreB]: Scored): number {
  return scoreB - scoreA || b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1);
}

/**
 * The first `count` in rank order, the same as sorting all and taking as many: a page shows
 * four of several hundred candidates, and every article's page data asks for them.
 */
function topRanked(scored: Scored[], count: number): Scored[] {
  if (count >= scored.length) return scored.sort(byRank);
  if (count <= 0) return [];
  const top: Scored[] = [];
  for (const entry of scored) {
    if (top.length === count && byRank(entry, top[count - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byRank(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/** The site's order of articles: newest first, then by slug. */
function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The index of the first article in a newest-first group that comes after `article` in that order. */
function firstOlder(group: Article[], article: Article): number {
  let low = 0;
  let high = group.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (newestFirst(group[middle]!, article) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
