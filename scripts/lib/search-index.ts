/**
 * Build the Pagefind index over the built site; a failure says how many pages were seen and why.
 * `only` (sharded builds): index just the pages it accepts (URL path), so the shards' indexes, merged in the
 * browser, list every page once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(
  dist: string,
  options: { only?: (url: string) => boolean; outputPath?: string } = {},
): Promise<number> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(createErrors.join('; '));
  try {
    let pages = 0;
    if (options.only) {
      const files = readdirSync(dist, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && e.name.endsWith('.html'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      for (const file of files) {
        const rel = relative(dist, file).split(sep).join('/');
        const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        if (rel.startsWith('pagefind') || !options.only(url)) continue;
        const added = await index.addHTMLFile({ url, content: readFileSync(file, 'utf8') });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
        pages++;
      }
    } else {
      const added = await index.addDirectory({ path: dist });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      pages = added.page_count;
    }
    if (pages === 0) throw new Error('0 halaman diindeks / 0 pages indexed (missing data-pagefind-body?)');
    const written = await index.writeFiles({ outputPath: options.outputPath ?? `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return pages;
  } finally {
    await pagefind.close();
  }
}
