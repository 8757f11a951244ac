/** The chart figure's own words (kept beside the component so pages need no new keys in src/i18n). */
export const GRAFIK_TEKS = {
  id: {
    embed: 'Sematkan grafik ini',
    scale: 'Skala',
    embedTitle: 'Sematkan grafik',
    embedHelp: 'Salin kode ini ke halaman Anda. Grafik, tabel datanya dan tautan ke sumbernya ikut tampil.',
    snippet: 'Kode sematan (iframe)',
    copy: 'Salin kode',
    copied: 'Tersalin',
    source: 'Sumber: Kinerja Terbuka',
    openFull: 'Buka halaman lengkap',
    preview: 'Pratinjau',
  },
  en: {
    embed: 'Embed this chart',
    scale: 'Scale',
    embedTitle: 'Embed chart',
    embedHelp: 'Copy this code into your page. The chart, its data table and a link to its source come with it.',
    snippet: 'Embed code (iframe)',
    copy: 'Copy code',
    copied: 'Copied',
    source: 'Source: Kinerja Terbuka',
    openFull: 'Open the full page',
    preview: 'Preview',
  },
} as const;
