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

/** Key of a programme: its name without the word "program", the kind of government it is for, or punctuation. */
export function programmeKey(name: string): string {
  const slug = slugify(name)
    .replace(/^program-/, '')
    .replace(/-+(kabupaten-kota|kab-kota)$/, '');
  return slug || slugify(name);
}

/** Key of an indicator across reports: its normalised name (documents are not consistent enough for more). */
export function indicatorKey(name: string): string {
  return slugify(name.replace(/\(.*?\)/g, ' '))
    .slice(0, 120)
    .replace(/-+$/, '');
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

/** The cross-report key of each indicator name among `names`, abbreviations folded into their full names. */
export function indicatorKeys(names: readonly string[]): (name: string) => string {
  const aliases = abbreviationAliases(names);
  return (name) => {
    const own = indicatorKey(name);
    return aliases.get(own) ?? own;
  };
}
