/**
 * A compact slice of the national nomenclature (Permendagri 90/2019 style) for the synthetic corpus: agency kinds,
 * their urusan, programmes, activities and indicator names. Names are shared by every region that has the agency
 * kind, the way real reports share them, so cross-report pages (programme, indicator, compare) grow realistically.
 */

export interface IndicatorTemplate {
  nama: string;
  kind: 'angka' | 'persen' | 'rasio' | 'laju' | 'ordinal';
  polarity: 'positif' | 'negatif';
  satuan?: string;
  /** ordinal indicators: the scale that orders the values (content/skala/). */
  urutan?: 'ape-pug' | 'kla';
}

export interface ProgrammeTemplate {
  kode: string;
  nama: string;
  kegiatan: string[];
}

export interface AgencyKind {
  slug: string;
  nama: string;
  singkatan: string;
  urusan: string[];
  kodeUrusan: string;
  programmes: ProgrammeTemplate[];
  indicators: IndicatorTemplate[];
}

const P = (kode: string, nama: string, kegiatan: string[]): ProgrammeTemplate => ({ kode, nama, kegiatan });
const pct = (nama: string, polarity: 'positif' | 'negatif' = 'positif'): IndicatorTemplate => ({
  nama,
  kind: 'persen',
  polarity,
  satuan: '%',
});
const num = (nama: string, satuan: string, polarity: 'positif' | 'negatif' = 'positif'): IndicatorTemplate => ({
  nama,
  kind: 'angka',
  polarity,
  satuan,
});

/** Every agency has this programme: in real data it is the largest shared programme page. */
export const PENUNJANG = P('01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Kepegawaian Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
  'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
]);

export const SUB_KEGIATAN = [
  'Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Koordinasi dan Penyusunan Laporan Capaian Kinerja',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Peralatan dan Perlengkapan Kantor',
  'Penyediaan Bahan Logistik Kantor',
  'Fasilitasi Kunjungan Tamu',
  'Penyelenggaraan Rapat Koordinasi dan Konsultasi',
  'Pendataan dan Pengolahan Data',
  'Sosialisasi dan Bimbingan Teknis',
  'Monitoring, Evaluasi, dan Pelaporan',
  'Pembangunan Sarana dan Prasarana',
  'Pemeliharaan Sarana dan Prasarana',
  'Pengadaan Bahan dan Peralatan',
  'Peningkatan Kapasitas Sumber Daya Manusia',
  'Pelayanan Masyarakat',
];

const GENERIC_INDICATORS: IndicatorTemplate[] = [
  num('Nilai SAKIP Perangkat Daerah', 'nilai'),
  num('Indeks Kepuasan Masyarakat', 'indeks'),
  pct('Persentase Capaian Pengelolaan Administrasi Perkantoran Yang Ditangani Sesuai Ketentuan'),
  pct('Persentase Realisasi Anggaran Perangkat Daerah'),
  pct('Persentase Temuan Pemeriksaan yang Ditindaklanjuti'),
  pct('Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu'),
  pct('Persentase ASN yang Memenuhi Standar Kompetensi'),
  num('Jumlah Inovasi Pelayanan Publik', 'inovasi'),
];

export const AGENCY_KINDS: AgencyKind[] = [
  {
    slug: 'dinas-pendidikan',
    nama: 'Dinas Pendidikan',
    singkatan: 'Disdik',
    urusan: ['Pendidikan'],
    kodeUrusan: '1.01',
    programmes: [
      P('02', 'PROGRAM PENGELOLAAN PENDIDIKAN', [
        'Pengelolaan Pendidikan Sekolah Dasar',
        'Pengelolaan Pendidikan Sekolah Menengah Pertama',
        'Pengelolaan Pendidikan Anak Usia Dini (PAUD)',
        'Pengelolaan Pendidikan Nonformal/Kesetaraan',
      ]),
      P('03', 'PROGRAM PENGEMBANGAN KURIKULUM', ['Penetapan Kurikulum Muatan Lokal Pendidikan Dasar']),
      P('04', 'PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN', [
        'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan',
      ]),
    ],
    indicators: [
      pct('Angka Partisipasi Murni (APM) SD/MI'),
      pct('Angka Partisipasi Murni (APM) SMP/MTs'),
      pct('Angka Partisipasi Kasar (APK) PAUD'),
      pct('Angka Putus Sekolah SD/MI', 'negatif'),
      pct('Angka Putus Sekolah SMP/MTs', 'negatif'),
      { nama: 'Rasio Guru terhadap Murid SD', kind: 'rasio', polarity: 'negatif' },
      num('Rata-rata Lama Sekolah', 'tahun'),
      num('Harapan Lama Sekolah', 'tahun'),
      pct('Persentase Guru yang Bersertifikat Pendidik'),
      pct('Persentase Sekolah Terakreditasi Minimal B'),
      pct('Angka Melek Huruf'),
    ],
  },
  {
    slug: 'dinas-kesehatan',
    nama: 'Dinas Kesehatan',
    singkatan: 'Dinkes',
    urusan: ['Kesehatan'],
    kodeUrusan: '1.02',
    programmes: [
      P('02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
        'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
        'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
        'Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi',
      ]),
      P('03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [
        'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan',
      ]),
      P('04', 'PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN', [
        'Pemberian Izin Apotek, Toko Obat, Toko Alat Kesehatan dan Optikal',
      ]),
      P('05', 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN', [
        'Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor',
      ]),
    ],
    indicators: [
      { nama: 'Angka Kematian Ibu', kind: 'laju', polarity: 'negatif', satuan: 'per 100.000 KH' },
      { nama: 'Angka Kematian Bayi', kind: 'laju', polarity: 'negatif', satuan: 'per 1.000 KH' },
      pct('Prevalensi Stunting pada Balita', 'negatif'),
      num('Usia Harapan Hidup', 'tahun'),
      pct('Persentase Persalinan di Fasilitas Kesehatan'),
      pct('Cakupan Imunisasi Dasar Lengkap'),
      pct('Persentase Puskesmas Terakreditasi'),
      pct('Cakupan Kepesertaan Jaminan Kesehatan Nasional'),
      { nama: 'Rasio Dokter per Penduduk', kind: 'rasio', polarity: 'negatif' },
      pct('Persentase Desa/Kelurahan Stop Buang Air Besar Sembarangan'),
    ],
  },
  {
    slug: 'dinas-pupr',
    nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    singkatan: 'DPUPR',
    urusan: ['Pekerjaan Umum dan Penataan Ruang'],
    kodeUrusan: '1.03',
    programmes: [
      P('02', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', [
        'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai',
        'Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder',
      ]),
      P('03', 'PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM', [
        'Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota',
      ]),
      P('04', 'PROGRAM PENYELENGGARAAN JALAN', ['Penyelenggaraan Jalan Kabupaten/Kota']),
      P('05', 'PROGRAM PENYELENGGARAAN PENATAAN RUANG', ['Penetapan Rencana Tata Ruang Wilayah (RTRW)']),
    ],
    indicators: [
      pct('Persentase Panjang Jalan Kabupaten dalam Kondisi Mantap'),
      pct('Persentase Daerah Irigasi dalam Kondisi Baik'),
      pct('Persentase Rumah Tangga dengan Akses Air Minum Layak'),
      pct('Persentase Luas Kawasan Permukiman Kumuh', 'negatif'),
      pct('Persentase Kesesuaian Pemanfaatan Ruang dengan RTRW'),
      num('Panjang Jalan yang Dibangun', 'km'),
      pct('Persentase Rumah Tangga dengan Akses Sanitasi Layak'),
    ],
  },
  {
    slug: 'dinas-sosial',
    nama: 'Dinas Sosial',
    singkatan: 'Dinsos',
    urusan: ['Sosial'],
    kodeUrusan: '1.06',
    programmes: [
      P('02', 'PROGRAM PEMBERDAYAAN SOSIAL', [
        'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
      ]),
      P('04', 'PROGRAM REHABILITASI SOSIAL', [
        'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
        'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial',
      ]),
      P('05', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', [
        'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
      ]),
      P('06', 'PROGRAM PENANGANAN BENCANA', [
        'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
        'Penyelenggaraan Pemberdayaan Masyarakat Terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
      ]),
    ],
    indicators: [
      pct('Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya'),
      pct('Persentase PPKS yang Mendapatkan Pelayanan Rehabilitasi Sosial'),
      pct('Persentase Penduduk Miskin', 'negatif'),
      pct('Persentase Korban Bencana yang Mendapatkan Bantuan Sosial'),
      num('Jumlah Potensi Sumber Kesejahteraan Sosial yang Aktif', 'lembaga'),
    ],
  },
  {
    slug: 'dinas-p3a',
    nama: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    singkatan: 'DP3A',
    urusan: ['Pemberdayaan Perempuan dan Perlindungan Anak'],
    kodeUrusan: '2.08',
    programmes: [
      P('02', 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN', [
        'Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota',
      ]),
      P('03', 'PROGRAM PERLINDUNGAN PEREMPUAN', [
        'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota',
      ]),
      P('07', 'PROGRAM PEMENUHAN HAK ANAK (PHA)', [
        'Pelembagaan PHA pada Lembaga Pemerintah, Non Pemerintah, dan Dunia Usaha Kewenangan Kabupaten/Kota',
      ]),
      P('08', 'PROGRAM PERLINDUNGAN KHUSUS ANAK', ['Pencegahan Kekerasan terhadap Anak']),
    ],
    indicators: [
      num('Indeks Pembangunan Gender (IPG)', 'indeks'),
      num('Indeks Pemberdayaan Gender (IDG)', 'indeks'),
      pct('Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani'),
      {
        nama: 'Angka Kekerasan terhadap Anak',
        kind: 'laju',
        polarity: 'negatif',
        satuan: 'per 100.000 anak',
      },
      { nama: 'Nilai Evaluasi Pengarusutamaan Gender', kind: 'ordinal', polarity: 'positif', urutan: 'ape-pug' },
      { nama: 'Kategori Kabupaten/Kota Layak Anak', kind: 'ordinal', polarity: 'positif', urutan: 'kla' },
    ],
  },
  {
    slug: 'dinas-perhubungan',
    nama: 'Dinas Perhubungan',
    singkatan: 'Dishub',
    urusan: ['Perhubungan'],
    kodeUrusan: '2.15',
    programmes: [
      P('02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', [
        'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota',
        'Pengujian Berkala Kendaraan Bermotor',
      ]),
    ],
    indicators: [
      pct('Persentase Kelengkapan Rambu Lalu Lintas'),
      num('Jumlah Kecelakaan Lalu Lintas', 'kejadian', 'negatif'),
      pct('Persentase Kendaraan Wajib Uji yang Lulus Uji'),
    ],
  },
  {
    slug: 'dinas-lingkungan-hidup',
    nama: 'Dinas Lingkungan Hidup',
    singkatan: 'DLH',
    urusan: ['Lingkungan Hidup'],
    kodeUrusan: '2.11',
    programmes: [
      P('03', 'PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP', [
        'Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup',
      ]),
      P('11', 'PROGRAM PENGELOLAAN PERSAMPAHAN', ['Pengelolaan Sampah']),
    ],
    indicators: [
      num('Indeks Kualitas Lingkungan Hidup', 'indeks'),
      num('Indeks Kualitas Air', 'indeks'),
      num('Indeks Kualitas Udara', 'indeks'),
      pct('Persentase Sampah yang Tertangani'),
      pct('Persentase Pengurangan Sampah'),
    ],
  },
  {
    slug: 'dinas-dukcapil',
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    singkatan: 'Disdukcapil',
    urusan: ['Administrasi Kependudukan dan Pencatatan Sipil'],
    kodeUrusan: '2.12',
    programmes: [
      P('02', 'PROGRAM PENDAFTARAN PENDUDUK', ['Pelayanan Pendaftaran Penduduk']),
      P('03', 'PROGRAM PENCATATAN SIPIL', ['Pelayanan Pencatatan Sipil']),
    ],
    indicators: [
      pct('Persentase Penduduk yang Memiliki KTP Elektronik'),
      pct('Persentase Anak yang Memiliki Akta Kelahiran'),
      pct('Persentase Anak yang Memiliki Kartu Identitas Anak'),
    ],
  },
  {
    slug: 'dinas-pertanian',
    nama: 'Dinas Pertanian dan Ketahanan Pangan',
    singkatan: 'DPKP',
    urusan: ['Pertanian', 'Pangan'],
    kodeUrusan: '3.27',
    programmes: [
      P('02', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', ['Pengawasan Penggunaan Sarana Pertanian']),
      P('03', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN', [
        'Pengelolaan Prasarana Pertanian Kewenangan Daerah Kabupaten/Kota',
      ]),
      P('07', 'PROGRAM PENYULUHAN PERTANIAN', ['Pelaksanaan Penyuluhan Pertanian']),
    ],
    indicators: [
      num('Produktivitas Padi', 'kw/ha'),
      pct('Pertumbuhan PDRB Sektor Pertanian'),
      num('Skor Pola Pangan Harapan', 'skor'),
      pct('Persentase Kelompok Tani yang Meningkat Kelasnya'),
    ],
  },
  {
    slug: 'bappeda',
    nama: 'Badan Perencanaan Pembangunan Daerah',
    singkatan: 'Bappeda',
    urusan: ['Perencanaan'],
    kodeUrusan: '5.01',
    programmes: [
      P('02', 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', [
        'Penyusunan Perencanaan dan Pendanaan',
        'Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah',
      ]),
    ],
    indicators: [
      pct('Laju Pertumbuhan Ekonomi'),
      num('Indeks Pembangunan Manusia', 'indeks'),
      pct('Tingkat Pengangguran Terbuka', 'negatif'),
      num('Indeks Gini', 'indeks', 'negatif'),
      pct('Persentase Konsistensi Program RPJMD dengan RKPD'),
    ],
  },
  {
    slug: 'bpbd',
    nama: 'Badan Penanggulangan Bencana Daerah',
    singkatan: 'BPBD',
    urusan: ['Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat'],
    kodeUrusan: '1.05',
    programmes: [
      P('03', 'PROGRAM PENANGGULANGAN BENCANA', [
        'Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana',
        'Pelayanan Penyelamatan dan Evakuasi Korban Bencana',
      ]),
    ],
    indicators: [
      num('Indeks Risiko Bencana', 'indeks', 'negatif'),
      pct('Persentase Desa Tangguh Bencana'),
      pct('Persentase Korban Bencana yang Dievakuasi dalam 24 Jam'),
    ],
  },
  {
    slug: 'kecamatan',
    nama: 'Kecamatan',
    singkatan: 'Kec.',
    urusan: ['Kewilayahan'],
    kodeUrusan: '7.01',
    programmes: [
      P('02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', [
        'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
        'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah',
      ]),
      P('03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', [
        'Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan',
      ]),
    ],
    indicators: [
      pct('Persentase Pelayanan Administrasi Terpadu Kecamatan Sesuai Standar'),
      pct('Persentase Desa/Kelurahan dengan Status Maju'),
      pct('Persentase Penyelesaian Pengaduan Masyarakat'),
    ],
  },
];

export const GENERIC = GENERIC_INDICATORS;

/** The 38 provinces (shortened list of region names per province is generated). */
export const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Jambi',
  'Sumatera Selatan',
  'Bengkulu',
  'Lampung',
  'Kepulauan Bangka Belitung',
  'Kepulauan Riau',
  'DKI Jakarta',
  'Jawa Barat',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Banten',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Sulawesi Tengah',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Gorontalo',
  'Sulawesi Barat',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan',
  'Papua Barat Daya',
];

/** Syllables for made-up, pronounceable place names (real names are not needed and could mislead). */
export const SYLLABLES = ['ba', 'ra', 'su', 'ka', 'lo', 'ma', 'ji', 'tu', 'wa', 'ngi', 'sa', 'pu', 'de', 'no', 'ri'];
