/**
 * `<kt-grafik>`: the chart slot of a figure (src/components/Bagan.astro). It stays empty until its figure comes
 * near the viewport, then loads the drawing code (chart.js, in its own chunk) once, and draws from the figure's
 * data table. Without JavaScript, or before then, the table is the content.
 */
class KtGrafik extends HTMLElement {
  connectedCallback(): void {
    if (this.hasAttribute('data-siap')) return;
    const target = this.closest('figure') ?? this;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void import('./gambar.ts').then(({ drawChart }) => drawChart(this));
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(target);
  }
}

if (!customElements.get('kt-grafik')) customElements.define('kt-grafik', KtGrafik);

/** A "copy" button beside each embed snippet (without JavaScript the read-only text area is selected by hand). */
for (const area of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-salin]')) {
  if (!navigator.clipboard || area.nextElementSibling?.matches('button')) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn';
  button.textContent = area.dataset.salin ?? '';
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(area.value).then(() => {
      button.textContent = area.dataset.tersalin ?? '';
    });
  });
  area.after(button);
}
