// The search page's only script: Pagefind's UI over the static index that `npm run build`
// writes to /pagefind/. Plain JavaScript, no framework: the site ships no client runtime
// (see README, decision "Pages without the runtime"). Runs the query from `?q=` (the
// header's search form) at once.
(function () {
  'use strict';
  var container = document.getElementById('zoekresultaten');
  var failure = document.getElementById('zoeken-mislukt');
  if (!container) return;

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
    var ui = new window.PagefindUI({
      element: container,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      autofocus: true,
    });
    // Pagefind names its input only by a title; the visible label above is tied to it here.
    var input = container.querySelector('input');
    if (input) input.id = container.getAttribute('data-input-id') || 'zoekterm';
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) ui.triggerSearch(query);
  };
  document.body.appendChild(script);
})();
