/**
 * The one writer of published files outside Astro: every path is checked (relative, inside the output folder,
 * written once), so two producers can never silently overwrite each other's file.
 */
import { appendFileSync, linkSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

export class Penulis {
  private readonly written = new Set<string>();
  private readonly dirs = new Set<string>();

  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  private target(path: string): string {
    const clean = normalize(path);
    if (clean.startsWith('..') || clean.startsWith(sep) || clean !== path.split('/').join(sep)) {
      throw new Error(`bangun: unsafe output path ${JSON.stringify(path)}`);
    }
    const target = join(this.root, clean);
    const dir = dirname(target);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    return target;
  }

  private claim(path: string): void {
    if (this.written.has(path)) throw new Error(`bangun: two outputs share the path ${path}`);
    this.written.add(path);
  }

  write(path: string, body: string | Uint8Array): void {
    this.claim(path);
    writeFileSync(this.target(path), body);
  }

  /** Publish a file that already exists elsewhere (the cache): a hard link where possible, else a copy. */
  copyFrom(path: string, source: string): void {
    this.claim(path);
    const target = this.target(path);
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }

  /** Start a file that later calls extend with `append` (partitions: header once, then each report's rows). */
  append(path: string, body: string): void {
    if (!this.written.has(path)) {
      this.claim(path);
      writeFileSync(this.target(path), body);
    } else appendFileSync(this.target(path), body);
  }

  has(path: string): boolean {
    return this.written.has(path);
  }

  paths(): string[] {
    return [...this.written].sort();
  }
}
