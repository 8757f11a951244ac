/**
 * Keys that let the same programme or indicator be found across agencies and years. Programme names follow the
 * national nomenclature (Permendagri 90/2019), but documents print them in varying case and punctuation
 * ("PROGRAM REHABILITASI SOSIAL", "Program Rehabilitasi Sosial."), so the key is a normalised slug of the name.
 */

/** Lowercase ASCII slug: accents dropped, anything else non-alphanumeric becomes one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A province's part of every address (downloads `unduh/<year>/<province>/`, programme and indicator pages by
 * province). Two spellings with one slug would share those addresses: validation refuses them (`province-spelling`).
 */
export function provinceSlug(province: string): string {
  return slugify(province) || 'tanpa-provinsi';
}

/** Key of a programme: its name without the word "program", the kind of government it is for, or punctuation. */
export function programmeKey(name: string): string {
  const slug = slugify(name)
    .replace(/^program-/, '')
    .replace(/-+(kabupaten-kota|kab-kota)$/, '');
  return slug || slugify(name);
}

/**
 * Spellings and abbreviations of the same words across documents, read one way. PPKS (Pemerlu Pelayanan
 * Kesejahteraan Sosial) is the newer name of the group older documents call PMKS (Penyandang Masalah Kesejahteraan
 * Sosial); PSKS is Potensi Sumber Kesejahteraan Sosial. Whole words only; names are never merged by similarity
 * (docs/nomenklatur.md: similar indicator names are often different indicators, e.g. "perempuan korban" vs
 * "perempuan dan anak korban").
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\b(?:prosentase|percentase|presentase)\b/gi, 'persentase'],
  [/\bdlm\b/gi, 'dalam'],
  [/\b(?:penyandang|pemerlu)\s+(?:masalah|pelayanan)\s+kesejahteraan\s+sosial\b/gi, 'PMKS'],
  [/\bPPKS\b/g, 'PMKS'],
  [/\bpotensi\s+(?:dan\s+)?sumber\s+kesejahteraan\s+sosial\b/gi, 'PSKS'],
];

/**
 * Key of an indicator across reports: its name without bracketed text ("(PMKS)", "(%)"), with the spellings and
 * abbreviations above read the same way, as a slug.
 */
export function indicatorKey(name: string): string {
  const plain = SPELLINGS.reduce((text, [pattern, to]) => text.replace(pattern, to), name.replace(/\(.*?\)/g, ' '));
  return slugify(plain).slice(0, 120).replace(/-+$/, '');
}

/**
 * Indicators printed only as an abbreviation in one report ("IDG") and in full with it in another ("Indeks
 * Pemberdayaan Gender (IDG)") are the same: map the abbreviation's key to the full name's key.
 */
function abbreviationAliases(names: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const name of names) {
    const abbreviation = /\(([A-Z][A-Z0-9-]{1,9})\)\s*$/.exec(name.trim())?.[1];
    if (abbreviation) aliases.set(slugify(abbreviation), indicatorKey(name));
  }
  return aliases;
}

/**
 * The streaming build passes the same corpus-wide list of names for every report (three tables each): folding it
 * once per list instead of once per call keeps the stage linear in the corpus. Keyed by the array, which callers
 * never change after building it.
 */
const aliasCache = new WeakMap<readonly string[], Map<string, string>>();

function aliasesOf(names: readonly string[]): Map<string, string> {
  let aliases = aliasCache.get(names);
  if (!aliases) {
    aliases = abbreviationAliases(names);
    aliasCache.set(names, aliases);
  }
  return aliases;
}

/** The cross-report key of each indicator name among `names`, abbreviations folded into their full names. */
export function indicatorKeys(names: readonly string[]): (name: string) => string {
  const aliases = aliasesOf(names);
  return (name) => {
    const own = indicatorKey(name);
    return aliases.get(own) ?? own;
  };
}
