// Search page enhancement: Pagefind's UI over the static index. Without JavaScript the page shows the link list.
/* global PagefindUI */
// A sharded build merges its shards' indexes in the browser (Pagefind multisite): /pagefind/gabungan.json lists the
// other bundles; a single build has no such file.
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
  const mergeIndex = await otherBundles();
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  const ui = new PagefindUI({
    element: '#cari',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    mergeIndex,
    translations: {
      placeholder: 'Cari program, indikator, laporan, temuan…',
      zero_results: 'Tidak ada hasil untuk [SEARCH_TERM]',
    },
  });
  // Pagefind names its input only by a title attribute; give it a real accessible name.
  const label = document.documentElement.lang === 'en' ? 'Search the whole site' : 'Cari di seluruh situs';
  root.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', label);
  if (query) ui.triggerSearch(query);
  document.getElementById('cari-tanpa-js')?.setAttribute('hidden', '');
});
