'use client';

import { useEffect, useRef, useState } from 'react';

const INPUT_ID = 'zoekterm';

type PagefindUIInstance = { triggerSearch: (query: string) => void };
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

/**
 * The search itself: Pagefind's UI over the static index that `npm run build` writes to
 * /pagefind/. Loaded here only, so the rest of the site ships none of it. Runs the query
 * from `?q=` (the header's search form) at once.
 */
export function SearchResults() {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = '/pagefind/pagefind-ui.css';
    document.head.append(stylesheet);
    const script = document.createElement('script');
    script.src = '/pagefind/pagefind-ui.js';
    script.onerror = () => setFailed(true);
    script.onload = () => {
      if (!window.PagefindUI || !container.current) return setFailed(true);
      const ui = new window.PagefindUI({
        element: container.current,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        autofocus: true,
      });
      // Pagefind names its input only by a title; the visible label above is tied to it here.
      container.current.querySelector('input')?.setAttribute('id', INPUT_ID);
      const query = new URLSearchParams(window.location.search).get('q');
      if (query) ui.triggerSearch(query);
    };
    document.body.append(script);
    return () => {
      script.remove();
      stylesheet.remove();
    };
  }, []);

  return (
    <>
      <label htmlFor={INPUT_ID} className="search-label">
        Zoek in artikelen, schaatsers en wedstrijden
      </label>
      <div ref={container} className="search-results" />
      {failed ? <p role="alert">Zoeken lukt nu niet: de zoekindex kon niet worden geladen.</p> : null}
    </>
  );
}
