// Search page enhancement: Pagefind's UI over the static index. Without JavaScript the page shows the link list.
// Every string comes from the page (data attributes written from src/i18n), so the English page speaks English.
/* global PagefindUI */
// The index may be in several Pagefind bundles (a large site is indexed in bundles, a sharded build has one per
// shard), merged here in the browser (Pagefind multisite): /pagefind/gabungan.json lists those after the first.
async function otherBundles() {
  try {
    const response = await fetch('/pagefind/gabungan.json');
    return response.ok ? (await response.json()).map((bundlePath) => ({ bundlePath })) : [];
  } catch {
    return [];
  }
}

window.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('cari');
  if (!root || typeof PagefindUI === 'undefined') return;
  const read = (name) => {
    try {
      return JSON.parse(root.dataset[name] ?? '{}');
    } catch {
      return {};
    }
  };
  const translations = read('terjemahan');
  const filterNames = read('namaSaringan');
  const mergeIndex = await otherBundles();
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  const ui = new PagefindUI({
    element: '#cari',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    mergeIndex,
    translations,
  });
  // Pagefind shows a filter by its key (instansi, wilayah…): show it in the page's language.
  const relabel = () => {
    for (const el of root.querySelectorAll('.pagefind-ui__filter-name')) {
      const key = el.dataset.kunci ?? el.textContent.trim();
      el.dataset.kunci = key;
      if (filterNames[key] && el.textContent !== filterNames[key]) el.textContent = filterNames[key];
    }
  };
  new MutationObserver(relabel).observe(root, { childList: true, subtree: true });
  // Pagefind names its input only by a title attribute; give it a real accessible name.
  root.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', root.dataset.labelInput ?? '');
  if (query) ui.triggerSearch(query);
  document.getElementById('cari-tanpa-js')?.setAttribute('hidden', '');
});
