/** Build the Pagefind index over the built site; a failure says how many pages were seen and why. */
import * as pagefind from 'pagefind';

export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(createErrors.join('; '));
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error('0 halaman diindeks / 0 pages indexed (missing data-pagefind-body?)');
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
