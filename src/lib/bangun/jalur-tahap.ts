/** Where the stage writes the files it publishes, inside its run folder (KINERJA_BANGUN); moved into dist/ after Astro. */
export const STAGE_OUT_DIR = 'terbit';
