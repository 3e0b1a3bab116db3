// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { TagList } from '@/components/article/TagList';

const tags = [
  { name: 'Wereldbeker', slug: 'wereldbeker' },
  { name: '500 meter', slug: '500-meter' },
];

describe('TagList', () => {
  it('heads the list "Onderwerpen"', () => {
    render(<TagList tags={tags} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Onderwerpen' })).toBeInTheDocument();
  });

  it("links each tag, as the editor wrote it, to the tag's page", () => {
    render(<TagList tags={tags} />);

    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Wereldbeker', '/tags/wereldbeker/'],
      ['500 meter', '/tags/500-meter/'],
    ]);
  });

  it('shows nothing for an article without tags', () => {
    const { container } = render(<TagList tags={[]} />);

    expect(container).toBeEmptyDOMElement();
  });
});
