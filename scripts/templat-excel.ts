/**
 * `npm run templat-excel [-- laporan.xlsx]` — write the Excel workbook template (one sheet per CSV file of a report
 * folder, required columns marked, drop-down lists, every cell Text), generated from the schemas. Fill it, then
 * `npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder>`.
 */
import { resolve } from 'node:path';
import { templateWorkbook } from './lib/buku-kerja.ts';

const target = resolve(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'templat-laporan.xlsx');
await templateWorkbook().xlsx.writeFile(target);
console.log(`✓ ${target}`);
console.log(
  'Isi lembar-lembarnya, lalu / Fill the sheets, then: npm run impor -- <berkas>.xlsx content/laporan/<instansi>/<folder>',
);
