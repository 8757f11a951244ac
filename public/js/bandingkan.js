// Compare page enhancement: the agency selection lives in the URL (?instansi=a,b), so any view is a permalink.
// Without JavaScript every agency is shown.
window.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('pilih-instansi');
  if (!form) return;
  const boxes = [...form.querySelectorAll('input[name="instansi"]')];
  const fromUrl = new URLSearchParams(window.location.search)
    .getAll('instansi')
    .flatMap((v) => v.split(','))
    .filter(Boolean);
  const apply = (selected) => {
    for (const box of boxes) box.checked = selected.includes(box.value);
    for (const cell of document.querySelectorAll('[data-instansi]')) {
      cell.hidden = !selected.includes(cell.getAttribute('data-instansi'));
    }
    const link = document.getElementById('tautan-pilihan');
    if (link) {
      link.href = `?instansi=${selected.map(encodeURIComponent).join(',')}`;
      link.hidden = false;
    }
  };
  apply(fromUrl.length > 0 ? fromUrl : boxes.map((b) => b.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    history.replaceState(null, '', `?instansi=${selected.map(encodeURIComponent).join(',')}`);
    apply(selected);
  });
});
