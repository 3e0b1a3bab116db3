import type { Author } from '@/lib/types';

type Props = { author: Author };

/** An author's header: name, role, the column they write, and their biography. */
export function AuthorProfile({ author }: Props) {
  return (
    <header className="profile">
      <h1 className="page-title">{author.name}</h1>
      {author.role ? <p className="profile-role">{author.role}</p> : null}
      {author.column ? <p>Schrijft de column {author.column}.</p> : null}
      {/* Sanitised by the Markdown pipeline. */}
      {author.bioHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: author.bioHtml }} /> : null}
    </header>
  );
}
