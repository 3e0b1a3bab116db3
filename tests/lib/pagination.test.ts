import { PAGE_SIZE, frontPage, numberedPage, pageCount, pageNumbers } from '@/lib/pagination';

/** Items n..1, newest first as lists are: item 1 is the oldest, so a page's contents say where it starts and ends. */
const items = (count: number) => Array.from({ length: count }, (_, index) => count - index);
/** The items from `from` down to `to`, newest first. */
const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, index) => from - index);

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
    ])('needs, for %i items, %i numbered page(s)', (total, pages) => {
      expect(pageCount(total)).toBe(pages);
    });

    it('counts pages of another size when asked', () => {
      expect(pageCount(11, 5)).toBe(3);
    });
  });

  describe('numberedPage: counted from the oldest', () => {
    it('holds the oldest twenty on page 1, newest first', () => {
      expect(numberedPage(items(45), 1)?.items).toEqual(range(20, 1));
    });

    it('holds the next twenty on page 2', () => {
      expect(numberedPage(items(45), 2)?.items).toEqual(range(40, 21));
    });

    it('holds the newest items on the last page, however few', () => {
      expect(numberedPage(items(41), 3)?.items).toEqual([41]);
    });

    it('keeps the items of every page but the newest when an item arrives', () => {
      const before = items(45);
      const after = items(46);
      for (const number of [1, 2])
        expect(numberedPage(after, number)?.items).toEqual(numberedPage(before, number)?.items);
    });

    it('leaves a page older than the newest two exactly as it was when a page is added', () => {
      // 100 items fill 5 pages; the 101st opens page 6.
      for (const number of [1, 2, 3])
        expect(numberedPage(items(101), number)).toEqual(numberedPage(items(100), number));
    });

    it('links to the newer page, the older page, the pages around it and page 1, highest first', () => {
      expect(numberedPage(items(200), 5)).toMatchObject({ number: 5, newer: 6, older: 4, numbers: [7, 6, 5, 4, 3, 1] });
    });

    it("sends the newest page's reader to the list's own address for newer articles", () => {
      expect(numberedPage(items(45), 3)).toMatchObject({ newer: 'front', older: 2, numbers: [3, 2, 1] });
    });

    it('offers no older page on page 1', () => {
      expect(numberedPage(items(45), 1)).toMatchObject({ newer: 2, older: undefined, numbers: [3, 2, 1] });
    });

    it('gives an empty page 1 for an empty list', () => {
      expect(numberedPage([], 1)).toEqual({ items: [], number: 1, newer: 'front', older: undefined, numbers: [1] });
    });

    it.each([
      [41, 4],
      [40, 3],
      [20, 2],
      [0, 2],
    ])('gives nothing past the last page (%i items, page %i)', (total, number) => {
      expect(numberedPage(items(total), number)).toBeUndefined();
    });

    it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('gives nothing for page %s', (number) => {
      expect(numberedPage(items(41), number)).toBeUndefined();
    });
  });

  describe("frontPage: the list's own address", () => {
    it('shows the newest page alone when it is full, and leads to the page before it', () => {
      expect(frontPage(items(60))).toEqual({ items: range(60, 41), older: 2, numbers: [2, 1] });
    });

    it('adds the page before the newest when the newest is not full, so that no article shows twice', () => {
      expect(frontPage(items(45))).toEqual({ items: range(45, 21), older: 1, numbers: [1] });
    });

    it('shows every item of a list of one page, with nowhere older to go', () => {
      expect(frontPage(items(7))).toEqual({ items: range(7, 1), older: undefined, numbers: [] });
    });

    it('shows an empty list as an empty page', () => {
      expect(frontPage([])).toEqual({ items: [], older: undefined, numbers: [] });
    });

    it('offers the pages below the older one and page 1', () => {
      expect(frontPage(items(200)).numbers).toEqual([9, 8, 7, 1]);
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
