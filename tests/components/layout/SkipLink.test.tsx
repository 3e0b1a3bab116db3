// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { SkipLink } from '@/components/layout/SkipLink';

describe('SkipLink', () => {
  it('jumps to the main content at #inhoud', () => {
    render(<SkipLink />);

    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
  });
});
