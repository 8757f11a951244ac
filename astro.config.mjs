// @ts-check
import { defineConfig } from 'astro/config';
import { SITE } from './src/lib/alamat-situs.ts';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Deterministic output: no build timestamps anywhere; assets hashed by content.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // No code blocks are rendered; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A CSP meta tag on every page: Astro hashes its own scripts/styles; everything else must come from 'self'.
    // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; nothing may be fetched from elsewhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
