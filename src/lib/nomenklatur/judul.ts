/**
 * Official names in title case for page titles. The nomenclature prints programmes in capitals ("PROGRAM
 * REHABILITASI SOSIAL") and kegiatan in sentence-ish case; a title reads "Program Rehabilitasi Sosial".
 * Indonesian function words stay lowercase (except first), acronyms and codes stay as printed.
 */
const SMALL = new Set(
  'dan atau di ke dari yang pada dalam untuk bagi serta terhadap dengan oleh melalui antar sesuai tentang sebagai'.split(
    ' ',
  ),
);
/** Acronyms kept in capitals even when the source prints the whole name in capitals. */
const ACRONYMS = new Set(
  'PHA KB KS KG PUG PPRG PMKS KAT LK3 ASN SKPD RKA DPA BMD LLAJ PSU KIE PKB PLKB KKBPK MKJP IMP AMPK TMP'.split(' '),
);

function word(w: string, first: boolean): string {
  if (w === '') return w;
  const bare = w.replace(/[^A-Za-z0-9]/g, '');
  if (ACRONYMS.has(bare) || /\d/.test(bare)) return w;
  const lower = w.toLowerCase();
  if (!first && SMALL.has(lower)) return lower;
  // "KABUPATEN/KOTA" → "Kabupaten/Kota", "(PHA)" stays, "PERUNDANG-UNDANGAN" → "Perundang-Undangan"
  return lower.replace(/(^|[/\-(])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w, i) => word(w, i === 0))
    .join(' ');
}
