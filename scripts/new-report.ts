/**
 * `npm run new-report` — start a report: asks for agency, region, year, document type, period and the document
 * (or takes them as flags, for scripts), writes a minimal report folder (and the agency and region when they are
 * new), converts the PDF with `npm run dokumen` when one is given, validates the new folder at once (an empty
 * scaffold lists what is still to fill) and prints the next steps.
 *
 *   npm run new-report -- --instansi dinsos-kota-contoh --nama-instansi "Dinas Sosial Kota Contoh" \
 *     --wilayah kota-contoh --provinsi "Jawa Timur" --tahun 2024 --jenis lkjip [--periode tw1] \
 *     [--dokumen laporan.pdf] [--berkas anggaran.csv,ringkasan.csv]
 *
 * KINERJA_CONTENT=<dir> writes into another content folder (tests).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { csvFiles, periods, reportTypes, type CsvFileName } from '../src/lib/data/skema.ts';
import { documentName, DokumenError } from './lib/dokumen.ts';
import { folderName, guessRegion, scaffoldFiles, type ScaffoldAnswers } from './lib/kerangka.ts';
import { writeDocument } from './dokumen.ts';
import { validateCommand } from './validate.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface NewReportRun {
  exitCode: 0 | 1 | 2;
  output: string;
  /** The new report folder, relative to the working directory. */
  folder?: string;
}

type Ask = (question: string, fallback?: string) => Promise<string>;

function parseFlags(args: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const next = args[i + 1];
    if (inline !== undefined) flags.set(key, inline);
    else if (next !== undefined && !next.startsWith('--')) flags.set(key, args[++i]!);
    else flags.set(key, 'ya');
  }
  return flags;
}

/** The whole command without touching the process: answers come from flags, then from `ask` (prompts). */
export async function newReport(
  args: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
  ask?: Ask,
): Promise<NewReportRun> {
  const out: string[] = [];
  const flags = parseFlags(args);
  const contentRoot = env.KINERJA_CONTENT
    ? resolve(cwd, env.KINERJA_CONTENT)
    : resolve(import.meta.dirname, '..', 'content');
  const missing: string[] = [];
  const get = async (flag: string, question: string, fallback?: string): Promise<string> => {
    const given = flags.get(flag);
    if (given !== undefined) return given.trim();
    if (ask) return (await ask(question, fallback)).trim() || fallback || '';
    if (fallback !== undefined) return fallback;
    missing.push(`--${flag}`);
    return '';
  };
  const fail = (id: string, en: string): NewReportRun => ({ exitCode: 2, output: `✗ ${id}\n  ${en}\n` });

  const agency = await get('instansi', 'Slug instansi / agency slug (mis./e.g. dinsos-kota-contoh)');
  const notSlug = (name: string, value: string) =>
    fail(
      `--${name} "${value}" bukan slug: huruf kecil, angka dan -, mis. dinsos-kota-contoh.`,
      `--${name} "${value}" is not a slug: lowercase letters, digits and -, e.g. dinsos-kota-contoh.`,
    );
  if (agency !== '' && !SLUG.test(agency)) return notSlug('instansi', agency);
  const agencyExists = agency !== '' && existsSync(join(contentRoot, 'instansi', `${agency}.yaml`));
  const agencyName = agencyExists
    ? undefined
    : await get('nama-instansi', 'Nama instansi seperti tercetak / agency name');
  const region = agencyExists ? undefined : await get('wilayah', 'Slug wilayah / region slug (mis./e.g. kota-contoh)');
  if (region && !SLUG.test(region)) return notSlug('wilayah', region);
  const regionExists = region === undefined || existsSync(join(contentRoot, 'wilayah', `${region}.yaml`));
  const guess = region ? guessRegion(region) : undefined;
  const regionName = regionExists ? undefined : await get('nama-wilayah', 'Nama wilayah / region name', guess?.name);
  const regionKind = regionExists
    ? undefined
    : await get('jenis-wilayah', 'Jenis wilayah / kind (kota | kabupaten | provinsi)', guess?.kind);
  const province = regionExists ? undefined : await get('provinsi', 'Provinsi / province');
  const yearText = await get('tahun', 'Tahun yang dilaporkan / year reported on (mis./e.g. 2024)');
  const type = await get('jenis', `Jenis dokumen / document type (${reportTypes.join(' | ')})`, 'lkjip');
  const period = await get('periode', `Periode / period (${periods.join(' | ')})`, 'tahunan');
  const document = await get('dokumen', 'Berkas PDF atau teks dokumen / the document PDF or text (boleh kosong)', '');
  const extra = (flags.get('berkas') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

  if (missing.length > 0) {
    return fail(`Isian belum diberikan: ${missing.join(', ')}.`, `Missing: ${missing.join(', ')}.`);
  }
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1945 || year > 2100) {
    return fail(`Tahun tidak sah: "${yearText}".`, `Invalid year: "${yearText}".`);
  }
  if (!(reportTypes as readonly string[]).includes(type)) {
    return fail(`Jenis dokumen: ${reportTypes.join(' | ')}.`, `Document type: ${reportTypes.join(' | ')}.`);
  }
  if (!(periods as readonly string[]).includes(period)) {
    return fail(`Periode: ${periods.join(' | ')}.`, `Period: ${periods.join(' | ')}.`);
  }
  if (regionKind !== undefined && !['kota', 'kabupaten', 'provinsi'].includes(regionKind)) {
    return fail('Jenis wilayah: kota | kabupaten | provinsi.', 'Region kind: kota | kabupaten | provinsi.');
  }
  for (const f of extra) {
    if (!(f in csvFiles)) {
      return fail(
        `--berkas: "${f}" tidak dikenal; pilih dari ${Object.keys(csvFiles).join(', ')}.`,
        `--berkas: unknown "${f}"; choose from ${Object.keys(csvFiles).join(', ')}.`,
      );
    }
  }

  const answers: ScaffoldAnswers = {
    agency,
    region: region ?? '',
    year,
    type: type as ScaffoldAnswers['type'],
    period: period as ScaffoldAnswers['period'],
    documentFile: '',
    extraFiles: extra as CsvFileName[],
    ...(agencyName !== undefined ? { agencyName } : {}),
    ...(regionName !== undefined ? { regionName } : {}),
    ...(regionKind !== undefined ? { regionKind: regionKind as 'kota' | 'kabupaten' | 'provinsi' } : {}),
    ...(province !== undefined ? { province } : {}),
  };
  const folder = folderName(answers);
  const reportDir = join(contentRoot, 'laporan', agency, folder);
  if (existsSync(reportDir)) {
    return fail(
      `${relative(cwd, reportDir)} sudah ada; sunting berkasnya langsung.`,
      `${relative(cwd, reportDir)} already exists; edit its files directly.`,
    );
  }

  // The document: a PDF is converted, a text file copied in; both get the name the rule gives.
  const documentFile = documentName(document || 'dokumen.pdf', { agency, folder });
  answers.documentFile = documentFile;
  let documentReady = false;
  if (document) {
    const path = resolve(cwd, document);
    try {
      if (/\.pdf$/i.test(document)) {
        writeDocument(path, contentRoot, { name: documentFile, log: (s) => out.push(s) });
      } else {
        if (!existsSync(path)) throw new DokumenError(`Berkas tidak ada: ${document}`, `No such file: ${document}`);
        mkdirSync(join(contentRoot, 'dokumen'), { recursive: true });
        if (dirname(path) === join(contentRoot, 'dokumen')) answers.documentFile = basename(path);
        else copyFileSync(path, join(contentRoot, 'dokumen', documentFile));
      }
      documentReady = true;
    } catch (e) {
      if (!(e instanceof DokumenError)) throw e;
      return { exitCode: 1, output: `${out.join('\n')}\n✗ ${e.message}\n  ${e.en}\n` };
    }
  }

  const files = scaffoldFiles(answers, { region: regionExists, agency: agencyExists });
  for (const [path, text] of files) {
    const target = join(contentRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    out.push(`✓ ${relative(cwd, target)}`);
  }

  const shown = relative(cwd, reportDir);
  const check = validateCommand([reportDir], env, cwd);
  out.push(
    '',
    'Pemeriksaan pertama (yang masih perlu diisi) / First check (what is still to fill):',
    (check.stderr || check.stdout).trimEnd(),
    '',
    'Langkah berikutnya / Next steps:',
    ...(documentReady
      ? []
      : [`  - npm run dokumen -- laporan.pdf --nama ${documentFile}   (teks dokumen / the document text)`]),
    `  - isi judul di ${shown}/laporan.yaml / fill in the title`,
    `  - isi / fill ${[...files.keys()]
      .filter((p) => p.endsWith('.csv'))
      .map((p) => basename(p))
      .join(', ')}`,
    '    (baris contoh diawali #: ganti isinya dengan data dokumen lalu hapus #, atau hapus barisnya;',
    '     kolom yang tidak diperlukan dibiarkan kosong / the # example row: replace it with the document’s data and',
    '     drop the #, or delete it; leave the columns you do not need empty),',
    `    atau Excel / or Excel: npm run templat-excel -- laporan.xlsx, lalu/then npm run impor -- laporan.xlsx ${shown}`,
    `  - npm run validate -- ${shown}`,
    '  - npm start  → lihat halamannya / see its page',
    '  - commit + pull request: docs/panduan-instansi.md',
  );
  return { exitCode: 0, output: `${out.join('\n')}\n`, folder: shown };
}

if (import.meta.main) {
  const interactive = process.stdin.isTTY && !process.argv.includes('--tanpa-tanya');
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask: Ask | undefined = rl
    ? (q, fallback) => rl.question(`${q}${fallback ? ` [${fallback}]` : ''}: `)
    : undefined;
  const run = await newReport(process.argv.slice(2), process.env, process.cwd(), ask);
  rl?.close();
  (run.exitCode === 0 ? process.stdout : process.stderr).write(run.output);
  process.exitCode = run.exitCode;
}
