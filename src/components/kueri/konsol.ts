/**
 * `<kt-kueri>`: the SQL console of the query page (src/pages/[...lang]/kueri.astro). Without JavaScript the page
 * shows every example's SQL and its result table, computed at build time; this element reveals the editor and a
 * "run" button per example, runs SQL in DuckDB-WASM (loaded on the first run, ./mesin.ts) and shows the result as a
 * table with a CSV download. Labels come from the element's data attributes, in the page's language.
 */
import { resultCsv } from '../../lib/kueri/csv.ts';
import { cellClass, type QuerySource, type TextResult } from '../../lib/kueri/sql.ts';
import type { Engine } from './mesin.ts';

/** Rows drawn in the page; the CSV always has all of them. */
const SHOWN_ROWS = 500;

class KtKueri extends HTMLElement {
  private engine: Promise<Engine> | undefined;
  private csvUrl: string | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-kueri-form]');
    const editor = this.querySelector<HTMLTextAreaElement>('textarea[data-kueri-sql]');
    if (!form || !editor) return;
    for (const el of this.querySelectorAll<HTMLElement>('[data-kueri-js]')) el.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(editor.value);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-kueri-contoh]')) {
      button.addEventListener('click', () => {
        const sql = this.querySelector<HTMLElement>(`#${button.dataset.kueriContoh ?? ''}`)?.textContent ?? '';
        editor.value = sql;
        form.scrollIntoView({ block: 'start' });
        editor.focus({ preventScroll: true });
        void this.run(sql);
      });
    }
  }

  private piece<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-kueri-${name}]`)!;
  }

  private text(name: string, n?: number): string {
    return (this.dataset[name] ?? '').replace(
      '{n}',
      n === undefined ? '' : n.toLocaleString(document.documentElement.lang),
    );
  }

  private async run(sql: string): Promise<void> {
    const status = this.piece('status');
    const alert = this.piece('galat');
    const output = this.piece('hasil');
    const button = this.piece<HTMLButtonElement>('jalankan');
    alert.textContent = '';
    button.disabled = true;
    this.setAttribute('aria-busy', 'true');
    status.textContent = this.engine ? this.text('menjalankan') : this.text('memuat');
    try {
      this.engine ??= this.open();
      const engine = await this.engine;
      status.textContent = this.text('menjalankan');
      const result = await engine.run(sql);
      this.show(output, result);
      status.textContent = this.text('selesai', result.rows.length);
    } catch (error) {
      // A failed start is retried on the next run; a failed query leaves the engine as it was.
      if (!(await this.engine?.then(() => true).catch(() => false))) this.engine = undefined;
      status.textContent = '';
      output.replaceChildren();
      alert.textContent = `${this.text('galatAwal')} ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
      this.removeAttribute('aria-busy');
      // How many runs have finished (for tests and scripts that wait on a run).
      this.dataset.selesaiJalan = String(Number(this.dataset.selesaiJalan ?? 0) + 1);
    }
  }

  private open(): Promise<Engine> {
    const data = this.querySelector('script[data-kueri-sumber]')?.textContent ?? '[]';
    const sources = JSON.parse(data) as QuerySource[];
    return import('./mesin.ts').then(({ openEngine }) => openEngine(sources));
  }

  private show(output: HTMLElement, result: TextResult): void {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `${this.text('judulHasil')} (${this.text('baris', result.rows.length)})`;
    const head = table.createTHead().insertRow();
    for (const name of result.columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of result.rows.slice(0, SHOWN_ROWS)) {
      const tr = body.insertRow();
      for (const cell of row) {
        const td = tr.insertCell();
        td.textContent = cell ?? '';
        const kind = cellClass(cell);
        if (kind) td.className = kind;
      }
    }
    const region = document.createElement('div');
    region.className = 'table-scroll';
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', this.text('judulHasil'));
    region.tabIndex = 0;
    region.append(table);

    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = URL.createObjectURL(new Blob([resultCsv(result)], { type: 'text/csv;charset=utf-8' }));
    const download = document.createElement('a');
    download.href = this.csvUrl;
    download.download = 'kueri.csv';
    download.textContent = this.text('unduh', result.rows.length);
    const links = document.createElement('p');
    links.append(download);

    const parts: HTMLElement[] = [region, links];
    if (result.rows.length > SHOWN_ROWS) {
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = this.text('terpotong', SHOWN_ROWS);
      parts.splice(1, 0, note);
    }
    output.replaceChildren(...parts);
  }
}

if (!customElements.get('kt-kueri')) customElements.define('kt-kueri', KtKueri);
