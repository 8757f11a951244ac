/**
 * Every download (CSV, Excel-ID CSV, JSON, datapackage.json, kamus-data.md) from one static endpoint. The files are
 * built by `src/lib/ekspor` (`datasetFiles`); this route only hands them to Astro.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_ROOT, datasetFiles, scoredColumnsFromEngine, type DownloadFile } from '../../lib/ekspor/index.ts';
import { loadPortal } from '../../lib/portal.ts';

interface Props {
  file: DownloadFile;
}

export const getStaticPaths = (() => {
  const { content, reports } = loadPortal();
  const site = import.meta.env.SITE;
  const files = datasetFiles(content, scoredColumnsFromEngine(reports), site ? { homepage: site } : {});
  return files.map((file) => ({ params: { path: file.path.slice(DOWNLOAD_ROOT.length + 1) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
