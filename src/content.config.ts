/**
 * Astro content collections backed by the same readers as `npm run validate`: a content error stops
 * `astro build` with exactly the messages the CLI prints.
 */
import { defineCollection } from 'astro:content';
import { ContentValidationError } from './lib/data/index.ts';
import { loadPortal } from './lib/portal.ts';

function reportsOrExplain() {
  try {
    return loadPortal().reports;
  } catch (error) {
    // Astro's content sync shows thrown objects poorly; print the full located list ourselves, then stop.
    if (error instanceof ContentValidationError) {
      console.error(error.message);
      throw new Error(
        `Konten tidak valid / invalid content: ${error.errors.length} kesalahan/errors (lihat di atas / see above)`,
      );
    }
    throw error;
  }
}

const laporan = defineCollection({
  loader: async () =>
    reportsOrExplain().map(({ report }) => ({
      id: report.id,
      agency: report.meta.agency,
      year: report.meta.year,
      type: report.meta.type,
      period: report.meta.period,
      title: report.meta.title,
    })),
});

export const collections = { laporan };
