import type { ContentProblem } from '@/lib/content/problems';

type Props = { problems: ContentProblem[] };

/**
 * The preview's (`npm run dev`) list of what is wrong with the content, on every page, so an
 * editor sees it where they look instead of an error page: each problem with its file and line.
 * The pages of the files in it are left out or incomplete; every other page works. A build
 * refuses such content (`npm run check`), so the site itself never shows this.
 */
export function ContentProblems({ problems }: Props) {
  if (problems.length === 0) return null;
  return (
    <section className="content-problems" role="alert" aria-labelledby="inhoud-problemen">
      <h2 id="inhoud-problemen">
        {problems.length === 1 ? 'Eén fout in de inhoud' : `${problems.length} fouten in de inhoud`}
      </h2>
      <p>
        Deze bestanden worden niet (of niet helemaal) getoond, en de site wordt niet gebouwd tot ze zijn verbeterd. De
        andere pagina&apos;s werken gewoon. Na opslaan zie je hier meteen of het gelukt is.
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>
              {problem.file}, regel {problem.line}
            </code>
            : <strong>{problem.field}</strong>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
