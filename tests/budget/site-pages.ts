import { ARTICLE_BUDGET, PAGE_BUDGET, type Budget } from './page-weight';

/** The launch story (content/articles/2025/leerdam-en-blondin-botsen-bij-het-inrijden.md). */
export const FIRST_STORY_PATH = '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/';

export type BudgetedPage = { label: string; path: string; budget: Budget };

/** The pages of the real build held to a budget: one of each kind a reader lands on. */
export const BUDGETED_PAGES: BudgetedPage[] = [
  { label: 'article (first story)', path: FIRST_STORY_PATH, budget: ARTICLE_BUDGET },
  { label: 'home', path: '/', budget: PAGE_BUDGET },
  { label: 'skater', path: '/schaatsers/jutta-leerdam/', budget: PAGE_BUDGET },
  { label: 'competition', path: '/wedstrijden/wereldbeker-salt-lake-city-2025/', budget: PAGE_BUDGET },
  { label: 'calendar', path: '/kalender/', budget: PAGE_BUDGET },
  { label: 'World Cup season', path: '/wereldbeker/2025-2026/', budget: PAGE_BUDGET },
  { label: 'World Cup standing', path: '/wereldbeker/2025-2026/500-vrouwen/', budget: PAGE_BUDGET },
  // The record pages (#20): tables of times, held to the budget of any page.
  { label: 'records', path: '/records/', budget: PAGE_BUDGET },
  { label: 'season lists', path: '/seizoen/2025-2026/', budget: PAGE_BUDGET },
  { label: 'adelskalender', path: '/adelskalender/', budget: PAGE_BUDGET },
];

/**
 * The page with the least content (the 404: a heading and a sentence): what any page costs
 * before it says anything. Shown next to the budgets, held to none.
 */
export const FRAMEWORK_FLOOR = { label: 'framework floor (404)', path: '/404.html' };
