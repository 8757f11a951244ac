/**
 * The public address, used for canonical links, the sitemap, the feed and Open Graph. Override with SITE_URL.
 * Its own module so the build scripts read it without loading Astro's config (and Astro) into their process.
 */
export const SITE = process.env.SITE_URL ?? 'https://kinerja-terbuka.example.org';
