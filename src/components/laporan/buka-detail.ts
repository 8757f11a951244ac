/**
 * A link to a collapsed section (`#semua-nilai`, `#definisi`, a permalink shared by a journalist) opens it. Browsers
 * only scroll to a closed `<details>`, leaving the reader at a one-line summary. Without JavaScript the summary is
 * still there to click.
 */
function openLinkedSection(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const section = target?.closest('details');
  if (!target || !section || section.open) return;
  section.open = true;
  target.scrollIntoView();
}

openLinkedSection();
window.addEventListener('hashchange', openLinkedSection);
