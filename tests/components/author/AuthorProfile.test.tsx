// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { AuthorProfile } from '@/components/author/AuthorProfile';
import { makeAuthor } from '../support/factories';

describe('AuthorProfile', () => {
  it('shows the name as the heading, with the role', () => {
    render(<AuthorProfile author={makeAuthor({ name: 'Sportredactie', role: 'Redactie' })} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Sportredactie' })).toBeInTheDocument();
    expect(screen.getByText('Redactie')).toBeInTheDocument();
  });

  it('names the column of an author who writes one', () => {
    render(<AuthorProfile author={makeAuthor({ column: 'Rondje Thialf' })} />);

    expect(screen.getByText('Schrijft de column Rondje Thialf.')).toBeInTheDocument();
  });

  it('says nothing about a column when the author writes none', () => {
    render(<AuthorProfile author={makeAuthor({ column: undefined })} />);

    expect(screen.queryByText(/column/)).not.toBeInTheDocument();
  });
});
