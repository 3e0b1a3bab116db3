// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { CorrectionNote } from '@/components/article/CorrectionNote';
import { makeCorrection } from '../support/factories';

describe('CorrectionNote', () => {
  it('renders nothing for an article without corrections', () => {
    const { container } = render(<CorrectionNote corrections={[]} />);

    expect(container).toBeEmptyDOMElement();
  });

  it('shows the corrections in a landmark named "Rectificatie"', () => {
    render(<CorrectionNote corrections={[makeCorrection()]} />);

    const note = screen.getByRole('complementary', { name: 'Rectificatie' });
    expect(within(note).getByRole('heading', { name: 'Rectificatie' })).toBeInTheDocument();
  });

  it("lists every correction with its Dutch date and text, in the editors' order", () => {
    render(
      <CorrectionNote
        corrections={[
          makeCorrection({ date: new Date('2025-11-17T11:00:00Z'), text: 'De tijd van Kok was 36,09.' }),
          makeCorrection({ date: new Date('2025-11-18T08:15:00Z'), text: 'Blondin rijdt voor Canada.' }),
        ]}
      />,
    );

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'maandag 17 november 2025, 12:00: De tijd van Kok was 36,09.',
      'dinsdag 18 november 2025, 09:15: Blondin rijdt voor Canada.',
    ]);
  });

  it('marks each correction date as a machine-readable time', () => {
    render(<CorrectionNote corrections={[makeCorrection({ date: new Date('2025-11-17T11:00:00Z') })]} />);

    expect(within(screen.getByRole('listitem')).getByText('maandag 17 november 2025, 12:00')).toHaveAttribute(
      'datetime',
      '2025-11-17T12:00:00+01:00',
    );
  });
});
