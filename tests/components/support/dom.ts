import { screen, within } from '@testing-library/react';

/**
 * The cell under a column in the row whose header (the name) matches, found the way a
 * reader scans a table: across the header row to the column, down to the row.
 */
export function cellAt(rowName: string | RegExp, columnName: string): HTMLElement {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader');
  // By accessible name, as a screen reader announces the column (`Pos.` is read as "Positie").
  const column = headers.indexOf(within(table).getByRole('columnheader', { name: columnName }));
  const row = within(table).getByRole('row', { name: rowName });
  const cell = row.children.item(column);
  if (!(cell instanceof HTMLElement)) throw new Error(`row ${String(rowName)} has no cell under "${columnName}"`);
  return cell;
}

/** Asserts that the elements appear in the document in the order given. */
export function expectInDocumentOrder(elements: HTMLElement[]): void {
  elements.slice(1).forEach((element, index) => {
    const previous = elements[index];
    if (!previous) throw new Error('unreachable: slice(1) keeps indexes in range');
    expect(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
}
