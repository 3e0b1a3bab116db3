import { paths } from '@/lib/paths';
import type { Tag } from '@/lib/types';

type Props = { tags: Tag[] };

/** An article's tags, each a link to the tag's page. */
export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    // Not in the search index: its heading would be a sub-result of every article.
    <section className="chips" aria-labelledby="onderwerpen" data-pagefind-ignore="all">
      <h2 id="onderwerpen">Onderwerpen</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={paths.tag(tag.slug)}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
