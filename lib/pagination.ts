/** Lists show 20 articles a page. */
export const PAGE_SIZE = 20;

export type Page<Item> = { items: Item[]; number: number; count: number };

/** How many pages a list of `total` items needs: at least one, so an empty list still has its page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` (from 1) of a list; undefined past the last page. */
export function pageOf<Item>(items: Item[], number: number, size = PAGE_SIZE): Page<Item> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** The page numbers of a list, for generateStaticParams. */
export function pageNumbers(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) }, (_, index) => index + 1);
}
