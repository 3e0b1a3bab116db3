// The search page's only script: Pagefind's UI over the static index that `npm run build`
// writes to /pagefind/. Plain JavaScript, no framework: the site ships no client runtime
// (see README, decision "Pages without the runtime"). Runs the query from `?q=` (the
// header's search form) at once.
(function () {
  'use strict';
  var container = document.getElementById('zoekresultaten');
  var failure = document.getElementById('zoeken-mislukt');
  if (!container) return;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (character) {
      return '&#' + character.charCodeAt(0) + ';';
    });
  }

  function fail() {
    if (failure) failure.hidden = false;
  }

  var stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/pagefind/pagefind-ui.css';
  document.head.appendChild(stylesheet);

  var script = document.createElement('script');
  script.src = '/pagefind/pagefind-ui.js';
  script.onerror = fail;
  script.onload = function () {
    if (!window.PagefindUI) return fail();
    // A large archive's articles are indexed in parts (lib/search-parts.ts), merged here with the main index.
    var parts = (container.getAttribute('data-index-parts') || '').split(' ').filter(Boolean);
    var ui = new window.PagefindUI({
      element: container,
      mergeIndex: parts.map(function (part) {
        return { bundlePath: part };
      }),
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      autofocus: true,
      // Pagefind's own Dutch leaves some words English ("Reset") or formal ("u typt").
      translations: {
        placeholder: 'Zoek schaatsers, wedstrijden, nieuws',
        clear_search: 'Wissen',
        load_more: 'Meer resultaten',
        search_label: 'Zoek op Schaatsnieuws',
        input_hint: 'Resultaten verschijnen terwijl je typt',
      },
      // An article's date (its `datum`, see components/article/PublishedTime.tsx) before its excerpt.
      processResult: function (result) {
        var date = result.meta && result.meta.datum;
        if (date) result.excerpt = '<span class="search-date">' + escapeHtml(date) + '</span> ' + result.excerpt;
        return result;
      },
    });
    // Pagefind names its input only by a title; the visible label above is tied to it here.
    var input = container.querySelector('input');
    if (input) input.id = container.getAttribute('data-input-id') || 'zoekterm';
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) ui.triggerSearch(query);
  };
  document.body.appendChild(script);
})();
