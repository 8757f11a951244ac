/**
 * content/nomenklatur/: every code hangs under its parent, every entry taken from one of our documents is printed
 * on the line it cites, and the real content's programmes link to codes (the review list stays what it is).
 */
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/data/index.ts';
import { compactName, indexNomenclature, linkSubject } from '../../src/lib/nomenklatur/cocok.ts';
import { levelOf, parentCode } from '../../src/lib/nomenklatur/kode.ts';
import { linkReport } from '../../src/lib/nomenklatur/laporan.ts';
import { CONTENT } from './csv.ts';

const { content, errors } = loadContent(CONTENT);
const nomenclature = content.nomenclature!;
const index = indexNomenclature(nomenclature);

describe('the nomenclature in content/nomenklatur/', () => {
  it('loads without errors and holds the affairs our agencies run', () => {
    expect(errors).toEqual([]);
    for (const code of ['1.06', '2.08', '2.13', '2.14', 'X.XX.01']) expect(index.byCode.has(code)).toBe(true);
    expect(nomenclature.legalBasis.join(' ')).toMatch(/050-5889/);
  });

  it('puts every code under an existing parent of the level above', () => {
    for (const entry of nomenclature.entries) {
      expect(levelOf(entry.kode), entry.kode).toBe(entry.level);
      const parent = parentCode(entry.kode);
      if (parent === undefined) continue;
      expect(index.byCode.has(parent), `${entry.kode} → ${parent}`).toBe(true);
    }
  });

  it('cites document lines that print the code (two- or four-digit) or the name', () => {
    const cited = nomenclature.entries.filter((e) => e.line !== undefined);
    expect(cited.length).toBeGreaterThan(40);
    for (const entry of cited) {
      const source = nomenclature.sources[entry.sumber]!;
      const lines = readFileSync(join(CONTENT, 'dokumen', source.berkas!), 'utf8').split('\n');
      const printed = lines[entry.line! - 1]!;
      const twoDigit = entry.kode.replace(/\.00(\d{2})$/, '.$1');
      const hasCode = printed.includes(entry.kode) || printed.includes(twoDigit);
      const hasName = compactName(printed).includes(compactName(entry.nama).slice(0, 30));
      expect(hasCode || hasName, `${entry.kode} at line ${entry.line}: ${printed.slice(0, 120)}`).toBe(true);
    }
  });

  it('maps every crosswalk programme to a programme code or says why not', () => {
    for (const c of nomenclature.crosswalk) {
      if (c.kode) expect(index.byCode.get(c.kode)?.level).toBe('program');
      else expect(c.confidence).toBe('rendah');
      expect(c.reason.length).toBeGreaterThan(20);
    }
  });

  it('reports a bad code file with located errors', () => {
    const root = mkdtempSync(join(tmpdir(), 'nomenklatur-'));
    cpSync(join(CONTENT, 'nomenklatur'), join(root, 'nomenklatur'), { recursive: true });
    cpSync(join(CONTENT, 'dokumen'), join(root, 'dokumen'), { recursive: true });
    const file = join(root, 'nomenklatur', 'kode.csv');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}9.99.01.2.01,kegiatan,Tanpa induk,ingatan,,\n1.06.04,kegiatan,Tingkat salah,ingatan,,\n1.06.05.2.09,kegiatan,Sumber salah,tidak-ada,,\n`,
    );
    const found = loadContent(root).errors.map((e) => [e.code, e.row, e.field]);
    const rows = readFileSync(file, 'utf8').trim().split('\n').length;
    expect(found).toEqual([
      ['missing-parent', rows - 2, 'kode'],
      ['field-invalid', rows - 1, 'kode'],
      ['unknown-reference', rows, 'sumber'],
    ]);
  });
});

describe('code links of the real content', () => {
  const links = content.reports.map((r) => ({ report: r, links: linkReport(index, r) }));

  it('links every programme of every 2021-nomenclature report (the 2023–2024 documents)', () => {
    for (const { report, links: l } of links.filter((x) => x.report.meta.year >= 2023)) {
      for (const item of l.items.filter((i) => i.level === 'program' && i.kind === 'anggaran')) {
        expect(item.link, `${report.id}: ${item.nama}`).toBeDefined();
      }
    }
  });

  it("links Malang's two misprinted PK programme names by review (laporan.yaml → tautan_kode), not by a threshold", () => {
    const malang = links.find((x) => x.report.id === 'dinsos-p3ap2kb-kota-malang/2023-lkjip')!.links;
    const byName = (nama: string) => malang.items.find((i) => i.nama === nama)!;
    expect(byName('Program Pengelolaan Teras Makam Pahlawan').link).toMatchObject({
      code: '1.06.07',
      method: 'tinjauan',
    });
    expect(byName('Program Partisipasi dan Jaminan Sosial').link).toMatchObject({
      code: '1.06.05',
      method: 'tinjauan',
    });
    // The rules alone would not link them: 89,7% (below 90%) and 68%.
    expect(
      linkSubject(index, { level: 'program', nama: 'Program Pengelolaan Teras Makam Pahlawan' }).link,
    ).toBeUndefined();
    expect(
      linkSubject(index, { level: 'program', nama: 'Program Partisipasi dan Jaminan Sosial' }).link,
    ).toBeUndefined();
  });

  it('leaves unlinked only programmes the crosswalk says have no single counterpart', () => {
    const unlinked = links.flatMap((x) =>
      x.links.items.filter((i) => i.level === 'program' && !i.link).map((i) => ({ year: x.report.meta.year, ...i })),
    );
    expect(unlinked.length).toBeGreaterThan(0);
    for (const item of unlinked) {
      // Not a near miss of an official name (that would be one official programme listed twice), but an older
      // regional programme that the crosswalk maps with low confidence, from a pre-2021 nomenclature year.
      expect(item.problem, item.nama).toBe('padanan-lemah');
      expect(item.year, item.nama).toBeLessThanOrEqual(2021);
    }
  });

  it('reports a review that names no row, an unknown code or a code of another level', () => {
    const root = mkdtempSync(join(tmpdir(), 'tautan-kode-'));
    cpSync(CONTENT, root, { recursive: true });
    const meta = join(root, 'laporan', 'dinsos-p3ap2kb-kota-malang', '2023-lkjip', 'laporan.yaml');
    const text = readFileSync(meta, 'utf8');
    const extra = [
      ['anggaran.csv', 'TIDAK.ADA', '1.06.07'],
      ['anggaran.csv', 'R.P03', '9.99.99'],
      ['anggaran.csv', 'R.P05', '1.06.05.2.01'],
      ['anggaran.csv', 'PKP.P06', '1.06.07'],
    ]
      .map(([berkas, id, kode]) => `  - berkas: ${berkas}\n    id: ${id}\n    kode: ${kode}\n    alasan: uji\n`)
      .join('');
    writeFileSync(meta, `${text}${extra}`);
    const found = loadContent(root)
      .errors.filter((e) => e.file.endsWith('laporan.yaml'))
      .map((e) => [e.code, e.field]);
    expect(found).toEqual([
      ['unknown-reference', 'tautan_kode[2].id'],
      ['unknown-reference', 'tautan_kode[3].kode'],
      ['field-invalid', 'tautan_kode[4].kode'],
      ['field-invalid', 'tautan_kode[5].id'],
    ]);
  });

  it('maps the 2018 programmes (Permendagri 13/2006) through the crosswalk, not silently', () => {
    const l2018 = links.find((x) => x.report.meta.year === 2018)!.links;
    const programmes = l2018.items.filter((i) => i.level === 'program');
    expect(programmes.filter((i) => i.link?.method === 'padanan').length).toBeGreaterThan(20);
    expect(programmes.every((i) => i.link?.method !== 'nama-sama')).toBe(true);
    const garbled = programmes.find((i) => i.nama === 'PROGRAMPENINGKATA NDISIPLIN APARATUR');
    expect(garbled?.link).toMatchObject({ code: 'X.XX.01', method: 'padanan', confidence: 'tinggi' });
  });

  it('links the codes printed in the Renja 2021 plan table, flagging the misprinted PHA code', () => {
    const renja = links.find((x) => x.report.meta.type === 'renja')!.links;
    const printed = renja.items.filter((i) => i.printedCode && /^\d\.\d\d\.\d\d\.\d/.test(i.printedCode));
    expect(printed.length).toBeGreaterThan(40);
    expect(printed.filter((i) => !i.link)).toEqual([]);
    const pha = printed.find((i) => i.printedCode === '2.08.07.2.01');
    expect(pha).toMatchObject({ link: { code: '2.08.06.2.01' }, problem: 'kode-nama-beda' });
  });
});

describe('programme and compare pages of the real site', () => {
  it(
    'lists each official programme once, with every agency and year that budgets it',
    { timeout: 60_000 },
    async () => {
      const { loadPortal } = await import('../../src/lib/portal.ts');
      const { programmes } = await import('../../src/lib/tampilan/lintas.ts');
      const list = programmes(loadPortal(CONTENT).reports, 'id');
      const coded = list.filter((p) => p.code);
      expect(new Set(coded.map((p) => p.code)).size).toBe(coded.length);
      expect(new Set(list.map((p) => p.key)).size).toBe(list.length);
      // No unlinked programme is an official one under another spelling.
      for (const p of list.filter((x) => !x.code)) {
        for (const o of coded) expect(compactName(p.nama), p.nama).not.toBe(compactName(o.officialName!));
      }
      const rehab = coded.find((p) => p.code === '1.06.04')!;
      expect(rehab.nama).toBe('Program Rehabilitasi Sosial');
      expect(new Set(rehab.entries.map((e) => e.ref.agency.slug)).size).toBe(3);
      expect([...new Set(rehab.entries.map((e) => e.ref.year))].sort()).toEqual([2018, 2021, 2023, 2024]);
      // The tree's "PROGRAM PEMENUHAN HAK ANAK" and the budget's "… (PHA)" are one programme.
      const pha = coded.find((p) => p.code === '2.08.06')!;
      expect(pha.variants.map((v) => v.nama)).toEqual(expect.arrayContaining(['PROGRAM PEMENUHAN HAK ANAK']));
      expect(pha.variants.every((v) => v.sources.every((s) => s.href.startsWith('/dokumen/')))).toBe(true);
    },
  );

  it(
    'lists each kegiatan of a programme once, by code, with its figures and printed names',
    { timeout: 60_000 },
    async () => {
      const { loadPortal } = await import('../../src/lib/portal.ts');
      const { activitiesOf } = await import('../../src/lib/tampilan/kegiatan.ts');
      const reports = loadPortal(CONTENT).reports;
      const rehab = activitiesOf(reports, '1.06.04', 'id');
      expect(rehab.length).toBeGreaterThanOrEqual(2);
      expect(new Set(rehab.map((a) => a.code)).size).toBe(rehab.length);
      expect(
        rehab.every((a) => a.code.startsWith('1.06.04.2.') && a.anchor === `k-${a.code.replace(/\./g, '-')}`),
      ).toBe(true);
      const dasar = rehab.find((a) => a.code === '1.06.04.2.01')!;
      expect(dasar.nama).toMatch(/^Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar/);
      expect(new Set(dasar.entries.map((e) => e.ref.agency.slug)).size).toBeGreaterThanOrEqual(2);
      expect(dasar.variants.every((v) => v.sources.every((s) => s.href.startsWith('/dokumen/')))).toBe(true);
      expect(rehab.find((a) => a.code === '1.06.04.2.02')?.nama).toContain('HIV/AIDS dan NAPZA');
      // Every kegiatan line linked under a programme code is on that programme's page.
      for (const code of ['1.06.02', '2.08.02', 'X.XX.01']) {
        for (const a of activitiesOf(reports, code, 'id')) expect(a.code.startsWith(`${code}.`), a.code).toBe(true);
      }
    },
  );

  it('compares agencies on every programme code two of them budget', { timeout: 60_000 }, async () => {
    const { loadPortal } = await import('../../src/lib/portal.ts');
    const { comparison, programmes } = await import('../../src/lib/tampilan/lintas.ts');
    const reports = loadPortal(CONTENT).reports;
    const shared = programmes(reports, 'id').filter(
      (p) => p.code && new Set(p.entries.map((e) => e.ref.agency.slug)).size >= 2,
    );
    const c = comparison(reports, 'id');
    expect(c.programmes.map((r) => r.code).sort()).toEqual(shared.map((p) => p.code).sort());
    expect(c.programmes.length).toBeGreaterThanOrEqual(12);
    // PPKS (Lumajang) and PMKS (Probolinggo, Malang): one indicator, three agencies.
    const basic = c.indicators.find((r) => r.key === 'persentase-pmks-yang-terpenuhi-kebutuhan-dasarnya');
    expect(Object.values(basic?.cells ?? {}).filter(Boolean)).toHaveLength(3);
    expect(c.programmeIndicators.length).toBeGreaterThanOrEqual(10);
  });
});
