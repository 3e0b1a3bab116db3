import { PAGE_SIZE, pageCount, pageNumbers, pageOf } from '@/lib/pagination';

/** Items 1..n, so that a page's contents say where it starts and ends. */
const items = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pagination', () => {
  it('shows twenty articles a page', () => {
    expect(PAGE_SIZE).toBe(20);
  });

  describe('pageCount', () => {
    it.each([
      [0, 1],
      [1, 1],
      [20, 1],
      [21, 2],
      [40, 2],
      [41, 3],
    ])('needs, for %i items, %i page(s)', (total, pages) => {
      expect(pageCount(total)).toBe(pages);
    });

    it('counts pages of another size when asked', () => {
      expect(pageCount(11, 5)).toBe(3);
    });
  });

  describe('pageOf', () => {
    it('gives the first twenty items on page 1, with its number and the page count', () => {
      expect(pageOf(items(41), 1)).toEqual({ items: items(20), number: 1, count: 3 });
    });

    it('gives the next twenty on page 2', () => {
      expect(pageOf(items(41), 2)?.items).toEqual(items(40).slice(20));
    });

    it.each([
      [21, 2, [21]],
      [41, 3, [41]],
      [39, 2, items(39).slice(20)],
    ])('holds the remainder on the last page (%i items, page %i)', (total, last, expected) => {
      expect(pageOf(items(total), last)?.items).toEqual(expected);
    });

    it('holds a full last page when the items fill it exactly', () => {
      expect(pageOf(items(40), 2)?.items).toEqual(items(40).slice(20));
    });

    it('gives an empty first page for an empty list', () => {
      expect(pageOf([], 1)).toEqual({ items: [], number: 1, count: 1 });
    });

    it.each([
      [41, 4],
      [40, 3],
      [20, 2],
      [0, 2],
    ])('gives nothing past the last page (%i items, page %i)', (total, number) => {
      expect(pageOf(items(total), number)).toBeUndefined();
    });

    it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('gives nothing for page %s', (number) => {
      expect(pageOf(items(41), number)).toBeUndefined();
    });
  });

  describe('pageNumbers', () => {
    it.each([
      [0, [1]],
      [20, [1]],
      [21, [1, 2]],
      [41, [1, 2, 3]],
    ])('numbers the pages of %i items from 1', (total, expected) => {
      expect(pageNumbers(total)).toEqual(expected);
    });
  });
});
