// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { SiteFooter } from '@/components/layout/SiteFooter';

describe('SiteFooter', () => {
  it('says what the site is in the contentinfo landmark', () => {
    render(<SiteFooter />);

    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      /^Schaatsnieuws: het laatste nieuws over langebaanschaatsen\.$/,
    );
  });
});
