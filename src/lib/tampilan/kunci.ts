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
