import { paths } from '@/lib/paths';
import type { Tag } from '@/lib/types';

type Props = { tags: Tag[] };

/** An article's tags, each a link to the tag's page. */
export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <section className="chips" aria-labelledby="onderwerpen">
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
