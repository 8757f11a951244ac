/**
 * Crawl a built site on disk: every internal href/src in every HTML page must resolve to a file in dist/
 * (a directory with index.html, or a file), and every #fragment to an id on the target page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a site path points at, or undefined. */
function resolveTarget(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  const candidate = join(dist, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function findBrokenLinks(dist: string): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = htmlFiles(dist);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dist, file).split(sep).join('/')}`;
    const pageDir = page.replace(/[^/]*$/, '');
    for (const match of html.matchAll(ATTR)) {
      const raw = decodeEntities(match[1] ?? '');
      if (raw === '' || /^(https?:|mailto:|tel:|data:|javascript:)/i.test(raw) || raw.startsWith('//')) continue;
      links += 1;
      const [beforeHash = '', fragment] = raw.split('#');
      const pathPart = beforeHash.split('?')[0] ?? '';
      const absolute =
        pathPart === '' ? page : pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${pageDir}`).pathname;
      const target = pathPart === '' ? file : resolveTarget(dist, absolute);
      if (!target) {
        broken.push({ page, href: raw, reason: 'target not found' });
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, href: raw, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
