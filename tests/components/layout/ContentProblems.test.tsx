// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { ContentProblems } from '@/components/layout/ContentProblems';
import type { ContentProblem } from '@/lib/content/problems';

const PROBLEM: ContentProblem = {
  file: 'content/articles/2025/kok.md',
  line: 5,
  field: 'category',
  message: 'verwacht een van: nieuws, uitslagen, column, interview, achtergrond; gevonden: "sport"',
  severity: 'error',
};

describe('ContentProblems', () => {
  it('shows nothing when the content has no errors', () => {
    const { container } = render(<ContentProblems problems={[]} />);

    expect(container).toBeEmptyDOMElement();
  });

  it('tells the editor in Dutch, as an alert, which file and line to fix and what is wrong', () => {
    render(<ContentProblems problems={[PROBLEM]} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Eén fout in de inhoud' })).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'content/articles/2025/kok.md, regel 5: category: verwacht een van: nieuws',
    );
    expect(alert).toHaveTextContent("De andere pagina's werken gewoon.");
  });

  it('counts several errors', () => {
    render(<ContentProblems problems={[PROBLEM, { ...PROBLEM, line: 7, field: 'author' }]} />);

    expect(screen.getByRole('heading', { name: '2 fouten in de inhoud' })).toBeInTheDocument();
  });
});
