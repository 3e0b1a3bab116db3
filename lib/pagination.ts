/** Lists show 20 articles a page. */
export const PAGE_SIZE = 20;

/**
 * Lists are paginated from the oldest item (docs/decisions/0024-lists-counted-from-the-oldest.md):
 * numbered page 1 holds the oldest twenty, page 2 the next twenty, and so on; the list's own
 * address shows the newest twenty. A new item then changes the list's own address and its
 * newest numbered page or two, never an older page, so an incremental build leaves those as
 * they are and a reader's bookmark keeps showing the same articles.
 */
export type Page<Item> = {
  /** Newest first. */
  items: Item[];
  /** The page's number, counted from the oldest; undefined for the list's own address. */
  number?: number;
  /** Where newer items are: a numbered page, `'front'` (the list's own address), or none. */
  newer?: number | 'front';
  /** The numbered page with the items just older than these; none on page 1. */
  older?: number;
  /**
   * The page numbers the navigation offers, highest (newest) first: the pages around this
   * one and page 1. Never the last page's number from an older page, so that a page's links do
   * not change when the list grows.
   */
  numbers: number[];
};

/** How many numbered pages a list of `total` items has: at least one, so an empty list still has its page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The numbers of a list's numbered pages, for generateStaticParams. */
export function pageNumbers(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) }, (_, index) => index + 1);
}

/** How far the navigation reaches on either side of the page a reader is on. */
const NEIGHBOURS = 2;

/** Page 1 and the pages within NEIGHBOURS of `number` (no higher than `highest`), highest first. */
function numbersAround(number: number, highest: number): number[] {
  const numbers = new Set<number>();
  for (let shown = Math.min(highest, number + NEIGHBOURS); shown >= Math.max(1, number - NEIGHBOURS); shown--)
    numbers.add(shown);
  numbers.add(1);
  return [...numbers];
}

/** Numbered page `number` (1: the oldest items) of a list given newest first; undefined for a page it does not have. */
export function numberedPage<Item>(itemsNewestFirst: Item[], number: number, size = PAGE_SIZE): Page<Item> | undefined {
  const total = itemsNewestFirst.length;
  const count = pageCount(total, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  // Page `number` holds the items at positions (number-1)*size .. number*size-1 counted from the oldest.
  const end = total - (number - 1) * size;
  return {
    items: itemsNewestFirst.slice(Math.max(0, end - size), end),
    number,
    newer: number < count ? number + 1 : 'front',
    older: number > 1 ? number - 1 : undefined,
    numbers: numbersAround(number, count),
  };
}

/**
 * The list's own address: the newest numbered page, and the one before it as well when the
 * newest is not full, so that it always shows at least `size` items (when there are) and
 * "older" leads to the items just before them, none of them shown twice.
 */
export function frontPage<Item>(itemsNewestFirst: Item[], size = PAGE_SIZE): Page<Item> {
  const total = itemsNewestFirst.length;
  const count = pageCount(total, size);
  const onNewest = total - (count - 1) * size;
  const shownPages = onNewest < size && count > 1 ? 2 : 1;
  const older = count - shownPages >= 1 ? count - shownPages : undefined;
  return {
    items: itemsNewestFirst.slice(0, total - (count - shownPages) * size),
    older,
    numbers: older === undefined ? [] : numbersAround(older, older),
  };
}
