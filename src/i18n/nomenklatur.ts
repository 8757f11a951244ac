/** Labels of the nomenclature parts of the programme pages, id and en. */
import type { Lang } from './teks.ts';

const id = {
  nationalProgrammes: 'Program menurut kode nasional',
  nationalIntro:
    'Setiap baris program di tabel anggaran, pohon kinerja dan Renja ditautkan ke kode nomenklatur (Kepmendagri 050-5889/2021): lewat kode yang dicetak, nama yang sama atau mirip, atau padanan untuk program lama (Permendagri 13/2006). Satu program nasional, satu halaman.',
  unlinked: 'Belum tertaut ke kode',
  unlinkedIntro:
    'Nama program yang tidak cocok dengan nomenklatur atau hanya punya padanan lemah. Tetap diterbitkan seperti tercetak; validasi mendaftarnya untuk ditinjau.',
  agenciesAndYears: 'Instansi dan tahun laporan',
  sharedProgrammeIndicators: 'Indikator program yang sama (menurut kode program)',
  programmeIndicatorsCaption:
    'Capaian (hitung ulang) indikator pertama setiap program per instansi, laporan terakhir; indikator berbeda nama tetapi programnya sama',
  officialName: 'Nama resmi',
  nationalCode: 'Kode nomenklatur',
  variants: 'Nama seperti tercetak',
  variantsIntro: 'Semua cara dokumen mencetak program ini, dengan tautan ke baris sumbernya.',
  howLinked: 'Cara tertaut',
  methods: {
    'kode-tercetak': 'kode tercetak',
    'nama-sama': 'nama sama',
    'nama-mirip': 'nama mirip',
    padanan: 'padanan program lama',
    tinjauan: 'ditinjau penyalin',
  } as Record<string, string>,
  confidence: 'keyakinan',
  legalBasis: 'Dasar: Permendagri 90/2019 dan Kepmendagri 050-5889/2021.',
  activities: 'Kegiatan',
  activitiesIntro:
    'Kegiatan program ini menurut kode nomenklatur, dengan pagu dan realisasi setiap laporan dan semua nama tercetaknya. Setiap kegiatan punya tautan tetap menurut kodenya.',
  activitiesCaption: (programme: string) =>
    `Kegiatan ${programme} menurut kode: pagu, realisasi, dan serapan per laporan`,
  printedAs: 'Tercetak',
};

const en: typeof id = {
  nationalProgrammes: 'Programmes by national code',
  nationalIntro:
    'Every programme line of the budget tables, performance trees and work plans is linked to a nomenclature code (Kepmendagri 050-5889/2021): by the printed code, the same or a similar name, or a crosswalk for older programmes (Permendagri 13/2006). One national programme, one page.',
  unlinked: 'Not linked to a code yet',
  unlinkedIntro:
    'Programme names that match no nomenclature entry or only a weak crosswalk. Published as printed; validation lists them for review.',
  agenciesAndYears: 'Agencies and report years',
  sharedProgrammeIndicators: 'Shared programme indicators (by programme code)',
  programmeIndicatorsCaption:
    'Recomputed achievement of each programme’s first indicator per agency, latest report; indicators named differently, same programme',
  officialName: 'Official name',
  nationalCode: 'Nomenclature code',
  variants: 'Names as printed',
  variantsIntro: 'Every way the documents print this programme, linked to the source line.',
  howLinked: 'Linked by',
  methods: {
    'kode-tercetak': 'printed code',
    'nama-sama': 'same name',
    'nama-mirip': 'similar name',
    padanan: 'older-programme crosswalk',
    tinjauan: 'reviewed by the transcriber',
  },
  confidence: 'confidence',
  legalBasis: 'Basis: Permendagri 90/2019 and Kepmendagri 050-5889/2021.',
  activities: 'Activities (kegiatan)',
  activitiesIntro:
    'The activities of this programme by nomenclature code, with each report’s allocation and spending and every name they are printed under. Each activity has a permanent link by its code.',
  activitiesCaption: (programme: string) =>
    `Activities of ${programme} by code: allocation, spending and absorption per report`,
  printedAs: 'Printed as',
};

export function nl(lang: Lang): typeof id {
  return lang === 'id' ? id : en;
}
