import { LANGS, type Lang } from './teks.ts';

/** Static paths for a page in every language: `/x/` (Indonesian) and `/en/x/` (English). */
export function langPaths<P extends Record<string, string>, Props extends Record<string, unknown>>(
  entries: { params: P; props: Props }[] = [{ params: {} as P, props: {} as Props }],
) {
  // A page's languages side by side: Astro renders in this order, so a report's pages read its bundle once.
  return entries.flatMap((e) =>
    LANGS.map((lang) => ({
      params: { ...e.params, lang: lang === 'en' ? 'en' : undefined },
      props: { ...e.props, lang },
    })),
  );
}

export type LangProps = { lang: Lang };
