/**
 * Containment: the only way the readers touch the filesystem. Content arrives by pull request from anyone, and the
 * build runs on a machine holding deploy credentials, so every path is `lstat`-checked before it is used: symbolic
 * links, devices, FIFOs and sockets are refused, a folder where a file belongs is refused, the real path of anything
 * read must lie inside the content root, and a file's size is checked (`fstat`) before a byte of it is read.
 * Every refusal and every filesystem error becomes a located, bilingual `ContentError`; nothing here throws.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS, type LimitName } from './batas.ts';
import type { ContentError } from './galat.ts';

export type Kind = 'file' | 'dir' | 'missing' | 'symlink' | 'special' | 'error';

export interface Entry {
  name: string;
  path: string;
  kind: Kind;
}

function specialName(st: Stats): string {
  if (st.isFIFO()) return 'FIFO (pipa bernama / named pipe)';
  if (st.isSocket()) return 'soket / socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'perangkat / device';
  return 'berkas khusus / special file';
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
}

export class ContentFiles {
  readonly root: string;
  private readonly repoRoot: string;
  private readonly realRoot: string | undefined;
  private readonly errors: ContentError[];
  /** Paths already reported: a link met while listing and again while reading gives one error. */
  private readonly reported = new Set<string>();

  constructor(contentRoot: string, errors: ContentError[]) {
    this.root = contentRoot;
    this.repoRoot = join(contentRoot, '..');
    this.errors = errors;
    try {
      this.realRoot = realpathSync(contentRoot);
    } catch {
      this.realRoot = undefined;
    }
  }

  /** A path as shown to people: relative to the folder holding `content/`, with `/`. */
  display(path: string): string {
    return relative(this.repoRoot, path).split(sep).join('/');
  }

  /** What is at `path`, without following a link. */
  kind(path: string): Kind {
    try {
      const st = lstatSync(path);
      if (st.isSymbolicLink()) return 'symlink';
      if (st.isDirectory()) return 'dir';
      if (st.isFile()) return 'file';
      return 'special';
    } catch (error) {
      return errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR' ? 'missing' : 'error';
    }
  }

  /** Size in bytes of a regular file (0 for anything else): for budgets checked before anything is read. */
  size(path: string): number {
    try {
      const st = lstatSync(path);
      return st.isFile() ? st.size : 0;
    } catch {
      return 0;
    }
  }

  /** Whether `path` is a real folder; a link or special file there is reported, a missing one is not. */
  folder(path: string): boolean {
    const kind = this.kind(path);
    if (kind === 'dir') return this.inside(path);
    if (kind !== 'missing') this.refuse(path, kind);
    return false;
  }

  /**
   * The entries of a folder, sorted, each with its kind. `undefined` (and an error) when the folder cannot be listed.
   * Links and special files are reported here, once, wherever they appear; callers skip them.
   */
  list(dir: string): Entry[] | undefined {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      this.fsError(dir, error);
      return undefined;
    }
    return names.map((name) => {
      const path = join(dir, name);
      const kind = this.kind(path);
      if (kind === 'symlink' || kind === 'special' || kind === 'error') this.refuse(path, kind);
      return { name, path, kind };
    });
  }

  /**
   * The bytes of a regular file inside the content root, at most `limit`'s size; `undefined` (and one error) for
   * anything else. `missing` files are the caller's to report (it knows what was expected there).
   */
  read(path: string, limit: LimitName): Uint8Array | undefined {
    const kind = this.kind(path);
    if (kind === 'missing') return undefined;
    if (kind !== 'file') {
      this.refuse(path, kind);
      return undefined;
    }
    if (!this.inside(path)) return undefined;
    let fd: number | undefined;
    try {
      // O_NOFOLLOW: a link swapped in after the lstat is still not followed; O_NONBLOCK: a FIFO never blocks.
      fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const st = fstatSync(fd);
      if (!st.isFile()) {
        this.push(path, 'file-not-regular', specialName(st));
        return undefined;
      }
      const max = LIMITS[limit].value;
      if (st.size > max) {
        this.tooLarge(path, st.size, max);
        return undefined;
      }
      const bytes = new Uint8Array(st.size);
      let offset = 0;
      while (offset < st.size) {
        const n = readSync(fd, bytes, offset, st.size - offset, offset);
        if (n === 0) break;
        offset += n;
      }
      return bytes.subarray(0, offset);
    } catch (error) {
      this.fsError(path, error);
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** The real path must stay inside the content root (a folder above it could be a link on the build machine). */
  private inside(path: string): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      this.fsError(path, error);
      return false;
    }
    const rel = this.realRoot === undefined ? '..' : relative(this.realRoot, real);
    if (rel.startsWith('..') || rel.startsWith(sep)) {
      // Shown relative to the content root (`../…`): where it leads, without the build machine's own folders.
      this.push(path, 'path-outside-content', rel);
      return false;
    }
    return true;
  }

  /** Report what `kind()` found where a file or folder of content was expected. */
  refuse(path: string, kind: Kind): void {
    if (kind === 'symlink') {
      let target = '';
      try {
        target = readlinkSync(path);
      } catch {
        // The link itself is the problem; its target is only shown when it can be read.
      }
      this.push(path, 'file-symlink', target);
    } else if (kind === 'special') {
      let what = 'berkas khusus / special file';
      try {
        what = specialName(lstatSync(path));
      } catch {
        // Shown generically.
      }
      this.push(path, 'file-not-regular', what);
    } else if (kind === 'dir') {
      this.push(path, 'file-not-regular', 'folder');
    } else if (kind === 'error') {
      try {
        lstatSync(path);
      } catch (error) {
        this.fsError(path, error);
      }
    }
  }

  private fsError(path: string, error: unknown): void {
    const code = errnoOf(error);
    if (code === 'ELOOP') this.push(path, 'file-symlink', 'ELOOP');
    else if (code === 'EISDIR') this.push(path, 'file-not-regular', 'folder');
    else this.push(path, 'file-unreadable', code);
  }

  private tooLarge(path: string, size: number, max: number): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    this.errors.push({
      code: 'file-too-large',
      file: this.display(path),
      expected: { id: `paling besar ${max} bita`, en: `at most ${max} bytes` },
      found: `${size} bytes`,
      message: {
        id: `Berkas terlalu besar (${size} bita; batas ${max}). Periksa apakah ini berkas yang benar, atau pecah tabelnya; batas dan alasannya ada di docs/format-konten.md.`,
        en: `File too large (${size} bytes; the limit is ${max}). Check that this is the right file, or split the table; the limits and their reasons are in docs/format-konten.md.`,
      },
    });
  }

  private push(
    path: string,
    code: 'file-symlink' | 'file-not-regular' | 'path-outside-content' | 'file-unreadable',
    found: string,
  ): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    const messages = {
      'file-symlink': {
        id: 'Tautan simbolik (symlink) tidak diterima di content/: hanya berkas dan folder biasa yang diterbitkan. Salin isi berkasnya ke sini sebagai berkas biasa.',
        en: 'Symbolic links are not accepted in content/: only plain files and folders are published. Copy the file here as a plain file.',
      },
      'file-not-regular': {
        id: 'Di sini harus ada berkas biasa, bukan folder, perangkat atau pipa. Periksa nama dan letaknya.',
        en: 'A plain file belongs here, not a folder, device or pipe. Check the name and location.',
      },
      'path-outside-content': {
        id: 'Berkas ini sebenarnya berada di luar content/ (lewat tautan di jalurnya); hanya isi content/ yang diterbitkan.',
        en: 'This file really lies outside content/ (through a link on its path); only what is inside content/ is published.',
      },
      'file-unreadable': {
        id: `Berkas tidak dapat dibaca (${found}). Periksa izin berkas dan bahwa ini berkas biasa.`,
        en: `The file cannot be read (${found}). Check its permissions and that it is a plain file.`,
      },
    } as const;
    this.errors.push({
      code,
      file: this.display(path),
      expected: { id: 'berkas biasa di dalam content/', en: 'a plain file inside content/' },
      found,
      message: messages[code],
    });
  }
}
