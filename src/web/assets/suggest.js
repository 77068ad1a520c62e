// Autocomplete for the search box, as progressive enhancement: fills the input's <datalist> from /api/v1/suggest.
// Without this script (or without network) the box is a plain search box.
(() => {
  'use strict';
  const WAIT_MS = 150;
  for (const input of document.querySelectorAll('input[data-suggest][list]')) {
    const list = document.getElementById(input.getAttribute('list'));
    if (!list) continue;
    let timer = 0;
    let pending = null;
    let last = '';
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2 || q === last) return;
        last = q;
        if (pending) pending.abort();
        pending = new AbortController();
        try {
          const res = await fetch(`/api/v1/suggest?limit=8&q=${encodeURIComponent(q)}`, {
            signal: pending.signal,
            headers: { accept: 'application/json' },
          });
          if (!res.ok) return;
          const { suggestions } = await res.json();
          list.replaceChildren(...suggestions.map((s) => {
            const option = document.createElement('option');
            option.value = s.text;
            return option;
          }));
        } catch {
          // Aborted by newer typing, or offline: the plain search box still works.
        }
      }, WAIT_MS);
    });
  }
})();
