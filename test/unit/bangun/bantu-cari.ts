/** Reading back what a Pagefind bundle indexed: its fragments (gzip, `pagefind_dcd` + JSON), as search results show them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  content: string;
}

/** Every page indexed in the Pagefind bundle folder `bundle` (e.g. `dist/pagefind`). */
export function indexedPages(bundle: string): IndexedPage[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
  });
}
