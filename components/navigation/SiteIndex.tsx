import type { IndexEntry } from '@/lib/site-index';

type Props = { entries: IndexEntry[]; emptyText: string };

/** A list of the site's categories, tags or authors: each a link, a line about it, and its number of articles. */
export function SiteIndex({ entries, emptyText }: Props) {
  if (entries.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="site-index">
      {entries.map((entry) => (
        <li key={entry.path}>
          <a href={entry.path}>{entry.name}</a>{' '}
          <span className="site-index-count">
            ({entry.articles} {entry.articles === 1 ? 'artikel' : 'artikelen'})
          </span>
          {entry.detail ? <p>{entry.detail}</p> : null}
        </li>
      ))}
    </ul>
  );
}
