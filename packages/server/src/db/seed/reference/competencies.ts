/**
 * Competency dictionary (kamus kompetensi) used by the seed and by a fresh installation.
 *
 * - Manajerial (M.01–M.08) and Sosial Kultural (SK.01): written in the spirit of PermenPANRB 38/2017
 *   (Standar Kompetensi Jabatan ASN). The definitions, level descriptions and indicators below are a
 *   paraphrase for this application, NOT the verbatim text of the regulation; BKPSDM should replace them
 *   with the official wording where that is required.
 *   Level scheme: 1 = for oneself, 2 = oneself and the team, 3 = drives the unit, 4 = the organisation,
 *   5 = strategic / regional and national scope.
 * - Digital (DC.x.y): adapted from the EU Digital Competence Framework for Citizens, DigComp 2.2
 *   (Vuorikari, Kluzer & Punie, JRC, 2022; © European Union, reuse authorised under CC BY 4.0). The
 *   Indonesian names, definitions and indicators are our own adaptation for civil servants. DigComp's 8
 *   proficiency levels are mapped onto the 1–5 scale as:
 *     level 1 ≈ DigComp 1–2 (foundation), level 2 ≈ DigComp 3 (upper foundation / start of intermediate),
 *     level 3 ≈ DigComp 4 (intermediate), level 4 ≈ DigComp 5–6 (advanced),
 *     level 5 ≈ DigComp 7–8 (highly specialised).
 * - Teknis (T.xxx.nn): an illustrative technical dictionary per field, modelled on the usual pattern of
 *   ministerial technical dictionaries (1 memahami, 2 menerapkan, 3 menganalisis, 4 mengevaluasi,
 *   5 mengembangkan / merumuskan kebijakan). Each ministry publishes the binding dictionary for its field.
 */
import { CompetencyKind } from '../../../modules/competency/competency.entity.js';
import { PositionKind } from '../../../modules/position/position.entity.js';
import type { CompetencyGroupSeed, StandardLevels } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Kompetensi Manajerial
// ---------------------------------------------------------------------------------------------------

const MANAJERIAL: CompetencyGroupSeed = {
  code: 'M',
  name: 'Kompetensi Manajerial',
  kind: CompetencyKind.MANAJERIAL,
  competencies: [
    {
      code: 'M.01',
      name: 'Integritas',
      definition:
        'Konsisten bertindak sesuai nilai, norma, dan etika organisasi; jujur dalam berhubungan dengan pimpinan, rekan kerja, bawahan, dan pemangku kepentingan; menumbuhkan budaya kerja yang beretika; serta berani bertanggung jawab atas tindakan dan keputusan beserta risikonya.',
      levels: [
        {
          level: 1,
          description: 'Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi.',
          indicators: [
            'Berperilaku sesuai kode etik dan kode perilaku ASN serta nilai-nilai BerAKHLAK.',
            'Bersikap jujur dan menepati komitmen dalam pelaksanaan tugas sehari-hari.',
            'Mengakui kesalahan sendiri dan bertanggung jawab atas hasil kerjanya.',
          ],
        },
        {
          level: 2,
          description: 'Mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi.',
          indicators: [
            'Mengingatkan rekan kerja secara santun ketika melihat perilaku yang menyimpang dari kode etik.',
            'Mengajak rekan kerja menaati aturan, antara lain dalam penggunaan anggaran dan fasilitas dinas.',
            'Menolak gratifikasi dan menjadikan sikap tersebut contoh bagi timnya.',
          ],
        },
        {
          level: 3,
          description: 'Menanamkan keyakinan bersama dan memastikan seluruh anggota unit yang dipimpinnya bertindak sesuai nilai, norma, dan etika organisasi.',
          indicators: [
            'Memastikan anggota unit memahami dan menerapkan kode etik serta standar perilaku yang berlaku.',
            'Memberikan apresiasi kepada yang patuh dan menindaklanjuti pelanggaran secara objektif.',
            'Menjaga kesesuaian antara ucapan dan tindakan sehingga menjadi teladan di unit kerjanya.',
          ],
        },
        {
          level: 4,
          description: 'Membangun iklim kerja di tingkat organisasi yang membuat pegawai patuh pada nilai, norma, dan etika organisasi.',
          indicators: [
            'Membangun sistem pencegahan penyimpangan di organisasi, misalnya zona integritas dan saluran pengaduan pelanggaran.',
            'Mengambil tindakan atas pelanggaran etika walaupun berisiko bagi dirinya.',
            'Menyelaraskan kebijakan dan prosedur organisasi dengan prinsip transparansi dan akuntabilitas.',
          ],
        },
        {
          level: 5,
          description: 'Menjadi panutan dalam penegakan keadilan dan etika pada lingkup pemerintahan daerah maupun nasional.',
          indicators: [
            'Menjadi rujukan integritas bagi instansi lain dan para pemangku kepentingan.',
            'Merumuskan kebijakan strategis yang memperkuat budaya antikorupsi di pemerintahan daerah.',
            'Mempertahankan keputusan yang etis dan adil meskipun menghadapi tekanan eksternal yang besar.',
          ],
        },
      ],
    },
    {
      code: 'M.02',
      name: 'Kerjasama',
      definition:
        'Kemampuan menjalin, membina, dan mempertahankan hubungan kerja yang efektif; berkomitmen saling membantu dalam menyelesaikan tugas; serta mengoptimalkan segala sumber daya untuk mencapai tujuan bersama.',
      levels: [
        {
          level: 1,
          description: 'Berpartisipasi sebagai anggota tim yang dapat diandalkan.',
          indicators: [
            'Menyelesaikan bagian tugasnya dalam tim sesuai kesepakatan dan tepat waktu.',
            'Berbagi informasi yang relevan dengan anggota tim lain.',
            'Menghargai pendapat dan kontribusi rekan kerja.',
          ],
        },
        {
          level: 2,
          description: 'Menumbuhkan kerja tim yang partisipatif dan efektif.',
          indicators: [
            'Membantu rekan kerja yang mengalami kesulitan tanpa harus diminta.',
            'Mendorong seluruh anggota tim menyampaikan gagasan dan terlibat dalam keputusan kelompok.',
            'Menyelesaikan perbedaan pendapat dalam tim secara konstruktif.',
          ],
        },
        {
          level: 3,
          description: 'Membangun tim kerja yang solid untuk meningkatkan kinerja unit.',
          indicators: [
            'Membagi peran dan tanggung jawab secara jelas sesuai kompetensi anggota tim.',
            'Membangun sinergi dengan unit kerja lain untuk menyelesaikan pekerjaan lintas fungsi.',
            'Memantau dinamika tim dan mengatasi hambatan kerja sama.',
          ],
        },
        {
          level: 4,
          description: 'Membangun komitmen bersama dan sinergi antarunit serta lintas perangkat daerah.',
          indicators: [
            'Membangun jejaring kerja sama dengan perangkat daerah lain, instansi vertikal, dan mitra eksternal.',
            'Mengelola kepentingan antarunit yang berbeda menjadi kesepakatan bersama.',
            'Menumbuhkan budaya organisasi yang menghargai kolaborasi.',
          ],
        },
        {
          level: 5,
          description: 'Menciptakan kolaborasi strategis lintas sektor pada lingkup daerah dan nasional.',
          indicators: [
            'Memprakarsai kemitraan strategis dengan pemerintah pusat, provinsi, dunia usaha, akademisi, dan masyarakat.',
            'Menjadi penghubung yang dipercaya dalam menyatukan kepentingan berbagai pemangku kepentingan.',
            'Memanfaatkan kolaborasi untuk mencapai sasaran pembangunan jangka panjang daerah.',
          ],
        },
      ],
    },
    {
      code: 'M.03',
      name: 'Komunikasi',
      definition:
        'Kemampuan menyampaikan pandangan dan gagasan secara jelas, runtut, dan meyakinkan dengan argumentasi yang logis, baik lisan maupun tertulis; mendengarkan secara aktif; serta menyampaikan informasi secara efektif kepada beragam pihak.',
      levels: [
        {
          level: 1,
          description: 'Menyampaikan informasi secara jelas, lengkap, dan mudah dipahami.',
          indicators: [
            'Menyampaikan informasi lisan dan tertulis dengan bahasa Indonesia yang baik dan benar.',
            'Mendengarkan lawan bicara dengan saksama dan memastikan pemahamannya benar.',
            'Menyusun naskah dinas sederhana sesuai pedoman tata naskah dinas.',
          ],
        },
        {
          level: 2,
          description: 'Aktif berkomunikasi melalui jalur formal maupun informal, mau mendengarkan, dan menggali informasi dari orang lain.',
          indicators: [
            'Memilih saluran komunikasi formal dan informal secara tepat.',
            'Mengajukan pertanyaan yang relevan untuk memahami kebutuhan pihak lain.',
            'Memberikan umpan balik kepada rekan kerja secara santun.',
          ],
        },
        {
          level: 3,
          description: 'Berkomunikasi secara asertif serta terampil menyampaikan informasi yang rumit atau sensitif, lisan maupun tertulis.',
          indicators: [
            'Menyampaikan informasi yang kompleks atau sensitif secara runtut dan meyakinkan.',
            'Menyesuaikan gaya komunikasi dengan karakter dan latar belakang audiens.',
            'Memfasilitasi rapat dan diskusi sampai menghasilkan kesepakatan.',
          ],
        },
        {
          level: 4,
          description: 'Menyampaikan pemikiran dari berbagai sudut pandang untuk membangun kesepakatan yang meningkatkan kinerja organisasi.',
          indicators: [
            'Menyusun strategi komunikasi organisasi, termasuk komunikasi publik dan komunikasi krisis.',
            'Meyakinkan pemangku kepentingan dengan argumentasi yang didukung data.',
            'Bernegosiasi untuk mencapai kesepakatan yang menguntungkan organisasi dan masyarakat.',
          ],
        },
        {
          level: 5,
          description: 'Membangun sistem komunikasi yang terbuka dan strategis untuk mencari solusi atas persoalan daerah dan nasional.',
          indicators: [
            'Membangun sistem komunikasi yang transparan antara pemerintah daerah dan masyarakat.',
            'Menjadi juru bicara yang kredibel pada forum daerah maupun nasional.',
            'Mengelola komunikasi strategis atas isu yang berisiko tinggi.',
          ],
        },
      ],
    },
    {
      code: 'M.04',
      name: 'Orientasi pada Hasil',
      definition:
        'Kemampuan menjaga komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan dan bertanggung jawab, mampu mengenali risiko dan peluang secara sistematis, serta berinisiatif memperbaiki cara kerja agar hasil yang dicapai melampaui target.',
      levels: [
        {
          level: 1,
          description: 'Bertanggung jawab memenuhi standar kerja yang ditetapkan.',
          indicators: [
            'Menyelesaikan tugas sesuai standar mutu dan tenggat waktu yang tertuang dalam SKP.',
            'Bekerja teliti dan memeriksa kembali hasil kerjanya.',
            'Memanfaatkan jam kerja secara efektif.',
          ],
        },
        {
          level: 2,
          description: 'Berupaya mencapai hasil kerja pribadi di atas standar dan mencoba cara kerja alternatif untuk meningkatkan kinerja.',
          indicators: [
            'Menetapkan target kerja pribadi yang lebih tinggi dari standar minimal.',
            'Mencoba cara kerja baru untuk meningkatkan mutu atau kecepatan layanan.',
            'Memantau capaian kinerja diri dan timnya secara berkala.',
          ],
        },
        {
          level: 3,
          description: 'Menetapkan target yang menantang bagi unit kerja, mengelola risiko, dan mendorong pencapaiannya.',
          indicators: [
            'Menjabarkan sasaran organisasi menjadi target unit yang terukur.',
            'Mengidentifikasi risiko yang menghambat pencapaian target dan menyiapkan langkah antisipasi.',
            'Memberikan umpan balik kinerja secara rutin kepada anggota unit.',
          ],
        },
        {
          level: 4,
          description: 'Mendorong seluruh unit di organisasi mencapai atau melampaui target kinerja yang ditetapkan.',
          indicators: [
            'Menyelaraskan target kinerja antarunit dengan sasaran strategis organisasi (Renstra dan SAKIP).',
            'Mengalokasikan sumber daya berdasarkan prioritas hasil.',
            'Mengevaluasi kinerja organisasi dan memastikan rekomendasinya ditindaklanjuti.',
          ],
        },
        {
          level: 5,
          description: 'Menyusun dan menerapkan kebijakan yang berorientasi pada hasil jangka panjang dan dampak nyata bagi masyarakat.',
          indicators: [
            'Menetapkan sasaran strategis daerah yang berorientasi pada dampak (outcome) bagi masyarakat.',
            'Membangun sistem manajemen kinerja berbasis data di seluruh perangkat daerah.',
            'Menjadikan capaian kinerja sebagai dasar penganggaran dan pengembangan organisasi.',
          ],
        },
      ],
    },
    {
      code: 'M.05',
      name: 'Pelayanan Publik',
      definition:
        'Kemampuan menjalankan tugas pemerintahan, pembangunan, dan pelayanan publik secara profesional dan transparan sesuai standar pelayanan; bersikap objektif, netral, dan tidak diskriminatif; serta tidak terpengaruh oleh kepentingan pribadi, kelompok, maupun partai politik.',
      levels: [
        {
          level: 1,
          description: 'Memberikan pelayanan sesuai standar pelayanan yang ditetapkan.',
          indicators: [
            'Melayani sesuai standar pelayanan dan maklumat pelayanan yang berlaku.',
            'Bersikap ramah, sopan, dan tidak membeda-bedakan pengguna layanan.',
            'Menyampaikan persyaratan, waktu, dan biaya layanan secara jelas.',
          ],
        },
        {
          level: 2,
          description: 'Menyelia pelaksanaan tugas pelayanan dan menjelaskan prosesnya secara transparan.',
          indicators: [
            'Mengawasi pelayanan yang diberikan rekan atau tim agar sesuai standar.',
            'Menjelaskan alur dan status layanan secara terbuka kepada masyarakat.',
            'Menindaklanjuti pengaduan masyarakat, misalnya dari SP4N-LAPOR!, sesuai kewenangannya.',
          ],
        },
        {
          level: 3,
          description: 'Memperbaiki standar dan mutu pelayanan publik di lingkup unit kerjanya dengan memanfaatkan kekuatan tim.',
          indicators: [
            'Memperbaiki standar pelayanan berdasarkan hasil survei kepuasan masyarakat.',
            'Mengembangkan inovasi pelayanan di tingkat unit.',
            'Memastikan netralitas dan keadilan dalam pemberian layanan.',
          ],
        },
        {
          level: 4,
          description: 'Memantau, mengevaluasi, dan mengantisipasi dampak isu jangka panjang terhadap pelayanan organisasi kepada para pemangku kepentingan.',
          indicators: [
            'Mengantisipasi perubahan kebutuhan masyarakat dan dampaknya pada layanan organisasi.',
            'Mengintegrasikan layanan lintas unit, misalnya melalui mal pelayanan publik.',
            'Menjaga organisasi tetap bebas dari kepentingan politik dan golongan.',
          ],
        },
        {
          level: 5,
          description: 'Merumuskan kebijakan yang menjamin pelayanan publik yang transparan, efektif, dan adil pada lingkup daerah maupun nasional.',
          indicators: [
            'Merumuskan kebijakan pelayanan publik yang inklusif dan terukur.',
            'Membangun sistem pengawasan mutu layanan yang melibatkan masyarakat.',
            'Menjadi acuan praktik baik pelayanan publik bagi daerah lain.',
          ],
        },
      ],
    },
    {
      code: 'M.06',
      name: 'Pengembangan Diri dan Orang Lain',
      definition:
        'Kemampuan meningkatkan pengetahuan dan keterampilan diri, serta menginspirasi dan membantu orang lain mengembangkan pengetahuan dan keterampilan yang relevan dengan pekerjaan dan kariernya melalui umpan balik, bimbingan, dan kesempatan belajar sepanjang hayat.',
      levels: [
        {
          level: 1,
          description: 'Mengembangkan diri secara berkelanjutan.',
          indicators: [
            'Mengenali kebutuhan pengembangan kompetensinya, antara lain dari hasil evaluasi SKP.',
            'Mengikuti pelatihan dan belajar mandiri untuk memenuhi paling sedikit 20 JP per tahun.',
            'Menerapkan pengetahuan baru dalam pekerjaannya.',
          ],
        },
        {
          level: 2,
          description: 'Membantu rekan kerja dan bawahan meningkatkan kemampuan dengan memberi contoh dan penjelasan cara kerja.',
          indicators: [
            'Memberikan contoh cara menyelesaikan tugas kepada rekan atau bawahan.',
            'Berbagi pengetahuan dan pengalaman kerja di dalam tim.',
            'Memberikan umpan balik yang membangun.',
          ],
        },
        {
          level: 3,
          description: 'Membimbing anggota unit melalui umpan balik, coaching, dan mentoring yang terencana.',
          indicators: [
            'Melakukan coaching dan mentoring secara terencana kepada anggota unit.',
            'Menyusun rencana pengembangan kompetensi anggota unit berdasarkan kesenjangan kompetensi.',
            'Memberikan penugasan yang menantang sebagai sarana pengembangan.',
          ],
        },
        {
          level: 4,
          description: 'Menyusun program pengembangan kompetensi jangka panjang dan membangun manajemen pembelajaran di organisasi.',
          indicators: [
            'Menyusun program pengembangan kompetensi yang terintegrasi dengan manajemen talenta.',
            'Membangun budaya belajar dan berbagi pengetahuan di organisasi.',
            'Memastikan tersedianya anggaran pengembangan kompetensi yang memadai.',
          ],
        },
        {
          level: 5,
          description: 'Menciptakan lingkungan yang mendorong seluruh organisasi belajar secara berkelanjutan untuk mendukung pencapaian hasil.',
          indicators: [
            'Menetapkan kebijakan pembelajaran terintegrasi (ASN Corporate University) di tingkat daerah.',
            'Menyiapkan kader pemimpin masa depan melalui program suksesi.',
            'Menjadi mentor bagi pimpinan lintas instansi.',
          ],
        },
      ],
    },
    {
      code: 'M.07',
      name: 'Mengelola Perubahan',
      definition:
        'Kemampuan menyesuaikan diri dengan situasi baru atau yang berubah tanpa bergantung berlebihan pada cara lama, mendukung dan menjalankan inisiatif perubahan, memimpin upaya perubahan, serta bertanggung jawab agar perubahan berhasil diterapkan secara efektif.',
      levels: [
        {
          level: 1,
          description: 'Mengikuti perubahan sesuai arahan.',
          indicators: [
            'Menyesuaikan cara kerja dengan kebijakan, aplikasi, atau prosedur baru.',
            'Bersedia mempelajari hal baru yang dibutuhkan oleh perubahan.',
            'Tidak menolak perubahan tanpa alasan yang jelas.',
          ],
        },
        {
          level: 2,
          description: 'Proaktif menyesuaikan diri dengan perubahan.',
          indicators: [
            'Mencari informasi tentang perubahan yang akan terjadi tanpa menunggu arahan.',
            'Membantu rekan kerja memahami manfaat perubahan.',
            'Menyesuaikan prioritas kerja dengan cepat ketika keadaan berubah.',
          ],
        },
        {
          level: 3,
          description: 'Membantu anggota unit menjalani perubahan dan mengantisipasi perubahan secara tepat.',
          indicators: [
            'Menjelaskan alasan, manfaat, dan dampak perubahan kepada anggota unit.',
            'Mengelola penolakan terhadap perubahan di unitnya.',
            'Menyusun langkah penerapan perubahan yang realistis.',
          ],
        },
        {
          level: 4,
          description: 'Memimpin perubahan di tingkat organisasi.',
          indicators: [
            'Memimpin agenda reformasi birokrasi dan transformasi digital di organisasinya.',
            'Menentukan area yang perlu diubah dan menyiapkan sumber daya pendukungnya.',
            'Memantau keberhasilan perubahan dan melakukan penyesuaian bila diperlukan.',
          ],
        },
        {
          level: 5,
          description: 'Mengarahkan perubahan strategis pada lingkup daerah dan nasional.',
          indicators: [
            'Merumuskan visi perubahan jangka panjang bagi pemerintah daerah.',
            'Menggerakkan pemangku kepentingan lintas sektor untuk mendukung perubahan.',
            'Melembagakan perubahan dalam kebijakan dan budaya organisasi.',
          ],
        },
      ],
    },
    {
      code: 'M.08',
      name: 'Pengambilan Keputusan',
      definition:
        'Kemampuan mengambil keputusan yang tepat waktu dan meyakinkan dengan prinsip kehati-hatian, disusun secara sistematis berdasarkan informasi yang memadai, berbagai alternatif pemecahan masalah beserta konsekuensinya, serta bertanggung jawab atas keputusan yang diambil.',
      levels: [
        {
          level: 1,
          description: 'Mengumpulkan informasi yang diperlukan untuk bertindak sesuai kewenangannya.',
          indicators: [
            'Mengumpulkan dan memeriksa kebenaran informasi sebelum bertindak.',
            'Mengambil keputusan rutin sesuai prosedur dan kewenangannya.',
            'Melaporkan kepada atasan masalah yang berada di luar kewenangannya.',
          ],
        },
        {
          level: 2,
          description: 'Menganalisis masalah secara mendalam sebelum memutuskan.',
          indicators: [
            'Menemukan akar masalah dengan membandingkan berbagai sumber informasi.',
            'Menyusun beberapa alternatif solusi beserta kelebihan dan kekurangannya.',
            'Mengambil keputusan operasional secara tepat waktu.',
          ],
        },
        {
          level: 3,
          description: 'Membandingkan berbagai alternatif tindakan beserta implikasinya dan memutuskan pada tingkat unit.',
          indicators: [
            'Menimbang risiko, biaya, dan dampak setiap alternatif secara sistematis.',
            'Mengambil keputusan yang sulit di unitnya dan menanggung konsekuensinya.',
            'Meminta masukan pihak terkait sebelum memutuskan.',
          ],
        },
        {
          level: 4,
          description: 'Memutuskan persoalan berisiko tinggi bagi organisasi dan menyiapkan langkah pengamanan atas dampaknya.',
          indicators: [
            'Memutuskan persoalan berisiko tinggi walaupun informasi yang tersedia belum lengkap.',
            'Menyiapkan langkah mitigasi atas dampak keputusan.',
            'Menggunakan data dan analisis kebijakan sebagai dasar keputusan organisasi.',
          ],
        },
        {
          level: 5,
          description: 'Menghasilkan solusi dan keputusan strategis untuk persoalan jangka panjang yang berdampak luas.',
          indicators: [
            'Mengambil keputusan strategis yang berdampak luas dan jangka panjang bagi daerah.',
            'Menyeimbangkan kepentingan berbagai pemangku kepentingan dalam keputusan kebijakan.',
            'Mempertanggungjawabkan keputusan secara terbuka kepada publik.',
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Kompetensi Sosial Kultural
// ---------------------------------------------------------------------------------------------------

const SOSIAL_KULTURAL: CompetencyGroupSeed = {
  code: 'SK',
  name: 'Kompetensi Sosial Kultural',
  kind: CompetencyKind.SOSIAL_KULTURAL,
  competencies: [
    {
      code: 'SK.01',
      name: 'Perekat Bangsa',
      definition:
        'Kemampuan menumbuhkan sikap toleran, terbuka, dan peka terhadap keberagaman individu maupun kelompok masyarakat; menjadi perpanjangan tangan pemerintah dalam merekatkan masyarakat yang majemuk dan membangun hubungan sosial yang kuat dengan para pemangku kepentingan; serta menjaga dan memperkuat persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa, dan bernegara.',
      levels: [
        {
          level: 1,
          description: 'Peka, memahami, dan menerima keberagaman dalam kapasitas pribadi.',
          indicators: [
            'Menghargai perbedaan suku, agama, budaya, dan pandangan rekan kerja maupun masyarakat.',
            'Melayani semua orang secara setara tanpa memandang latar belakangnya.',
            'Mau belajar tentang adat dan kebiasaan kelompok masyarakat yang dilayaninya.',
          ],
        },
        {
          level: 2,
          description: 'Aktif mengembangkan sikap saling menghargai serta menekankan persamaan dan persatuan di lingkungan kerjanya.',
          indicators: [
            'Menunjukkan sikap yang menekankan persamaan dan persatuan dalam interaksi tim.',
            'Menjembatani perbedaan pendapat yang dilatarbelakangi perbedaan budaya.',
            'Mengajak rekan kerja menghindari ucapan atau candaan yang menyinggung SARA.',
          ],
        },
        {
          level: 3,
          description: 'Mempromosikan sikap toleransi dan persatuan di unit kerja serta di tengah masyarakat yang dilayani.',
          indicators: [
            'Mendorong pemanfaatan keberagaman latar belakang anggota unit untuk memperkaya hasil kerja.',
            'Menengahi gesekan antarkelompok di lingkungan kerja atau wilayah layanan secara adil.',
            'Melibatkan tokoh masyarakat, tokoh agama, dan tokoh adat dalam kegiatan unit.',
          ],
        },
        {
          level: 4,
          description: 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.',
          indicators: [
            'Merancang kebijakan dan program organisasi yang inklusif bagi kelompok masyarakat yang beragam.',
            'Membangun forum dialog dengan kelompok masyarakat untuk mencegah konflik sosial.',
            'Menjadikan keberagaman pegawai sebagai kekuatan dalam penyusunan strategi organisasi.',
          ],
        },
        {
          level: 5,
          description: 'Menjadi wakil pemerintah yang membangun hubungan sosial dan psikologis dengan masyarakat majemuk pada lingkup daerah dan nasional.',
          indicators: [
            'Merumuskan kebijakan yang memperkuat kerukunan dan kohesi sosial di daerah.',
            'Menjadi figur pemersatu yang diterima berbagai kelompok masyarakat.',
            'Menggerakkan kerja sama lintas kelompok untuk menjaga persatuan dan kesatuan bangsa.',
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Kompetensi Digital (DigComp 2.2: 5 areas, 21 competences)
// ---------------------------------------------------------------------------------------------------

const DIGITAL: CompetencyGroupSeed[] = [
  {
    code: 'DC.1',
    name: 'Literasi Informasi dan Data',
    kind: CompetencyKind.DIGITAL,
    competencies: [
      {
        code: 'DC.1.1',
        name: 'Penelusuran, Pencarian, dan Penyaringan Data, Informasi, dan Konten Digital',
        definition:
          'Merumuskan kebutuhan informasi; mencari dan menelusuri data, informasi, dan konten di lingkungan digital serta mengaksesnya; menyusun dan memperbarui strategi pencarian pribadi.',
        levels: [
          { level: 1, description: 'Menemukan informasi sederhana melalui mesin pencari dan portal resmi dengan bimbingan.', indicators: ['Menggunakan kata kunci sederhana untuk mencari regulasi atau informasi layanan.', 'Membuka dan menelusuri portal resmi pemerintah, misalnya JDIH dan situs Pemerintah Kota Palembang.'] },
          { level: 2, description: 'Melakukan pencarian rutin secara mandiri dan memilih sumber yang sesuai dengan kebutuhan tugas.', indicators: ['Menggunakan operator dan filter pencarian untuk mempersempit hasil.', 'Menelusuri naskah dan arsip digital di aplikasi SRIKANDI.'] },
          { level: 3, description: 'Menyusun strategi pencarian yang tepat untuk kebutuhan informasi yang beragam dan membantu rekan kerja.', indicators: ['Menelusuri basis data peraturan, statistik (BPS, Satu Data), dan jurnal ilmiah secara terarah.', 'Menyiapkan notifikasi atau umpan berita untuk memantau isu kebijakan yang relevan.', 'Membantu rekan kerja menemukan informasi yang dibutuhkannya.'] },
          { level: 4, description: 'Merancang strategi penelusuran informasi bagi unit atau organisasi dan memandu orang lain.', indicators: ['Menyusun daftar sumber informasi tepercaya bagi unit kerja.', 'Melatih rekan kerja menggunakan teknik pencarian lanjutan.'] },
          { level: 5, description: 'Mengembangkan solusi penelusuran informasi bagi organisasi dan menjadi rujukan praktik baik.', indicators: ['Merancang katalog data atau pencarian dokumen lintas perangkat daerah.', 'Menyusun pedoman penelusuran informasi bagi ASN pemerintah kota.'] },
        ],
      },
      {
        code: 'DC.1.2',
        name: 'Evaluasi Data, Informasi, dan Konten Digital',
        definition:
          'Menganalisis, membandingkan, dan menilai secara kritis kredibilitas serta keandalan sumber data, informasi, dan konten digital, termasuk konten yang dihasilkan kecerdasan artifisial.',
        levels: [
          { level: 1, description: 'Membedakan sumber resmi dan tidak resmi dengan bimbingan.', indicators: ['Memeriksa apakah informasi berasal dari akun atau situs resmi instansi.', 'Tidak meneruskan pesan berantai sebelum memeriksa kebenarannya.'] },
          { level: 2, description: 'Menilai kredibilitas sumber informasi rutin secara mandiri.', indicators: ['Membandingkan beberapa sumber sebelum menggunakan informasi dalam naskah dinas.', 'Mengenali ciri-ciri hoaks dan memanfaatkan situs cek fakta.'] },
          { level: 3, description: 'Menilai mutu data dan informasi yang kompleks sebagai bahan laporan atau kebijakan.', indicators: ['Memeriksa kelengkapan, kemutakhiran, dan konsistensi data sebelum dianalisis.', 'Menjelaskan keterbatasan data dalam laporan yang disusunnya.'] },
          { level: 4, description: 'Memandu orang lain dalam menilai data dan informasi, termasuk keluaran kecerdasan artifisial.', indicators: ['Menyusun kriteria penilaian mutu data bagi unit kerja.', 'Menilai keluaran AI generatif dan membimbing rekan tentang risikonya.'] },
          { level: 5, description: 'Membangun mekanisme penjaminan mutu informasi di tingkat organisasi.', indicators: ['Merancang prosedur verifikasi informasi publik sebelum dipublikasikan.', 'Menjadi rujukan dalam penanganan disinformasi terkait layanan pemerintah daerah.'] },
        ],
      },
      {
        code: 'DC.1.3',
        name: 'Pengelolaan Data, Informasi, dan Konten Digital',
        definition:
          'Mengatur, menyimpan, dan mengambil kembali data, informasi, dan konten di lingkungan digital, serta mengolahnya secara terstruktur.',
        levels: [
          { level: 1, description: 'Menyimpan dan menemukan kembali berkas digital dengan bimbingan.', indicators: ['Menyimpan berkas kerja dalam folder dengan penamaan yang jelas.', 'Mengunggah dokumen pendukung ke aplikasi seperti e-Kinerja atau SIASN.'] },
          { level: 2, description: 'Mengelola berkas dan data tabel sederhana secara mandiri.', indicators: ['Merekap data dengan lembar kerja (spreadsheet) menggunakan rumus dasar.', 'Menyimpan dokumen di penyimpanan awan instansi dan mengatur hak aksesnya.'] },
          { level: 3, description: 'Mengolah dan menyajikan data terstruktur untuk kebutuhan unit.', indicators: ['Membersihkan, menggabungkan, dan meringkas data dengan tabel pivot atau alat sejenis.', 'Menyusun struktur penyimpanan data unit yang konsisten dan mudah ditelusuri.'] },
          { level: 4, description: 'Merancang tata kelola data unit atau organisasi sesuai prinsip Satu Data Indonesia.', indicators: ['Menyusun metadata dan kamus data untuk data sektoral.', 'Mengotomatiskan pengolahan data rutin dan melatih rekan menggunakannya.'] },
          { level: 5, description: 'Mengembangkan arsitektur dan kebijakan pengelolaan data lintas perangkat daerah.', indicators: ['Merancang integrasi dan interoperabilitas data antaraplikasi pemerintah daerah.', 'Menetapkan standar data dan kebijakan retensi arsip digital.'] },
        ],
      },
    ],
  },
  {
    code: 'DC.2',
    name: 'Komunikasi dan Kolaborasi',
    kind: CompetencyKind.DIGITAL,
    competencies: [
      {
        code: 'DC.2.1',
        name: 'Berinteraksi melalui Teknologi Digital',
        definition:
          'Berinteraksi melalui beragam teknologi digital dan memahami sarana komunikasi digital yang sesuai untuk setiap konteks.',
        levels: [
          { level: 1, description: 'Menggunakan sarana komunikasi digital dasar dengan bimbingan.', indicators: ['Mengirim dan membalas surel dinas beserta lampirannya.', 'Bergabung dalam rapat daring.'] },
          { level: 2, description: 'Memilih sarana komunikasi digital yang sesuai secara mandiri.', indicators: ['Membedakan penggunaan surel dinas, SRIKANDI, dan grup pesan instan sesuai sifat informasinya.', 'Menyelenggarakan rapat daring sederhana.'] },
          { level: 3, description: 'Memanfaatkan berbagai sarana komunikasi digital secara efektif untuk koordinasi unit.', indicators: ['Mengelola rapat hibrida, termasuk berbagi layar, ruang diskusi, dan rekaman.', 'Menetapkan aturan komunikasi digital bagi timnya.'] },
          { level: 4, description: 'Menetapkan pola komunikasi digital organisasi dan memandu orang lain.', indicators: ['Menyusun pedoman penggunaan kanal komunikasi digital di organisasi.', 'Melatih pegawai menggunakan sarana komunikasi digital yang baru.'] },
          { level: 5, description: 'Merancang ekosistem komunikasi digital pemerintah daerah.', indicators: ['Memadukan kanal komunikasi internal dengan kanal layanan masyarakat.', 'Mengevaluasi dan memilih platform komunikasi yang aman bagi seluruh perangkat daerah.'] },
        ],
      },
      {
        code: 'DC.2.2',
        name: 'Berbagi melalui Teknologi Digital',
        definition:
          'Membagikan data, informasi, dan konten digital kepada orang lain melalui teknologi digital yang sesuai, bertindak sebagai perantara informasi, serta memahami praktik pengutipan dan atribusi.',
        levels: [
          { level: 1, description: 'Membagikan berkas melalui sarana sederhana dengan bimbingan.', indicators: ['Membagikan dokumen melalui surel atau tautan penyimpanan awan.', 'Menyebutkan sumber ketika meneruskan informasi.'] },
          { level: 2, description: 'Berbagi informasi secara mandiri dengan pengaturan akses yang tepat.', indicators: ['Mengatur hak akses lihat atau sunting pada dokumen yang dibagikan.', 'Mendistribusikan naskah dinas melalui SRIKANDI sesuai alur disposisi.'] },
          { level: 3, description: 'Mengelola pembagian informasi di unit dengan memperhatikan klasifikasi informasi.', indicators: ['Membedakan informasi publik, informasi yang dikecualikan, dan informasi rahasia sebelum membagikannya.', 'Menyiapkan ruang berbagi dokumen tim yang tertata.'] },
          { level: 4, description: 'Menetapkan mekanisme berbagi pengetahuan dan data di organisasi.', indicators: ['Membangun repositori pengetahuan organisasi.', 'Menyusun prosedur berbagi pakai data antarperangkat daerah.'] },
          { level: 5, description: 'Merancang kebijakan berbagi pakai data dan informasi lintas instansi.', indicators: ['Merumuskan perjanjian berbagi pakai data dengan instansi lain.', 'Mengembangkan portal data terbuka daerah.'] },
        ],
      },
      {
        code: 'DC.2.3',
        name: 'Partisipasi Kewargaan melalui Teknologi Digital',
        definition:
          'Berpartisipasi dalam kehidupan bermasyarakat melalui layanan digital publik maupun swasta, serta memanfaatkan teknologi digital untuk pemberdayaan dan partisipasi warga.',
        levels: [
          { level: 1, description: 'Menggunakan layanan digital pemerintah yang sederhana dengan bimbingan.', indicators: ['Menggunakan layanan daring seperti MyASN.', 'Mengetahui kanal pengaduan masyarakat SP4N-LAPOR!'] },
          { level: 2, description: 'Memanfaatkan layanan digital publik secara mandiri dan membantu warga menggunakannya.', indicators: ['Membantu warga mengakses layanan daring, misalnya aktivasi Identitas Kependudukan Digital.', 'Meneruskan pengaduan warga melalui kanal digital resmi.'] },
          { level: 3, description: 'Mendorong partisipasi warga melalui kanal digital di lingkup unit.', indicators: ['Mengelola kanal aspirasi daring unit dan menanggapinya tepat waktu.', 'Menyajikan informasi layanan yang mudah dipahami di media digital.'] },
          { level: 4, description: 'Merancang layanan dan kanal partisipasi digital organisasi.', indicators: ['Merancang survei kepuasan dan konsultasi publik secara daring.', 'Menganalisis umpan balik warga untuk memperbaiki layanan.'] },
          { level: 5, description: 'Mengembangkan kebijakan pemerintahan digital yang partisipatif dan inklusif.', indicators: ['Merumuskan strategi partisipasi elektronik daerah yang menjangkau kelompok rentan.', 'Membangun kemitraan dengan komunitas digital untuk inovasi layanan.'] },
        ],
      },
      {
        code: 'DC.2.4',
        name: 'Berkolaborasi melalui Teknologi Digital',
        definition:
          'Menggunakan alat dan teknologi digital untuk bekerja sama serta menyusun sumber daya dan pengetahuan secara bersama-sama.',
        levels: [
          { level: 1, description: 'Mengikuti kerja kolaboratif daring dengan bimbingan.', indicators: ['Memberi komentar pada dokumen bersama.', 'Membuka dan menggunakan folder kerja bersama.'] },
          { level: 2, description: 'Berkolaborasi pada dokumen dan tugas bersama secara mandiri.', indicators: ['Menyunting dokumen bersama rekan kerja secara serentak.', 'Menggunakan kalender bersama untuk menjadwalkan kegiatan.'] },
          { level: 3, description: 'Mengelola kolaborasi tim dengan alat digital.', indicators: ['Memantau pekerjaan tim dengan papan tugas daring.', 'Mengoordinasikan penyusunan dokumen lintas bidang secara daring.'] },
          { level: 4, description: 'Memandu kolaborasi digital lintas unit dan organisasi.', indicators: ['Memilih dan menyiapkan platform kolaborasi yang sesuai bagi organisasi.', 'Melatih pegawai menerapkan praktik kolaborasi digital.'] },
          { level: 5, description: 'Menciptakan model kolaborasi digital lintas instansi.', indicators: ['Merancang ruang kerja kolaboratif lintas perangkat daerah dan mitra.', 'Menilai dampak kolaborasi digital terhadap kinerja.'] },
        ],
      },
      {
        code: 'DC.2.5',
        name: 'Etiket Berjejaring (Netiket)',
        definition:
          'Memahami norma perilaku dan etika dalam menggunakan teknologi digital, menyesuaikan cara berkomunikasi dengan audiens, serta menghargai keberagaman budaya dan generasi di lingkungan digital.',
        levels: [
          { level: 1, description: 'Mengenal aturan dasar sopan santun berkomunikasi digital.', indicators: ['Menggunakan bahasa yang sopan dalam surel dan grup pesan dinas.', 'Tidak menyebarkan konten bermuatan SARA atau ujaran kebencian.'] },
          { level: 2, description: 'Menerapkan netiket secara mandiri sesuai konteks.', indicators: ['Menyesuaikan gaya bahasa dengan penerima pesan (atasan, rekan, atau warga).', 'Menjaga netralitas ASN dalam bermedia sosial.'] },
          { level: 3, description: 'Mendorong penerapan netiket di lingkungan unit.', indicators: ['Mengingatkan rekan yang melanggar etika bermedia sosial ASN.', 'Menanggapi komentar negatif warga di kanal resmi secara santun.'] },
          { level: 4, description: 'Menetapkan pedoman etika digital organisasi.', indicators: ['Menyusun pedoman bermedia sosial bagi pegawai.', 'Menangani pelanggaran etika digital sesuai ketentuan.'] },
          { level: 5, description: 'Merumuskan kebijakan dan budaya etika digital di tingkat daerah.', indicators: ['Menjadi rujukan kebijakan etika digital ASN lintas instansi.', 'Mengembangkan program budaya digital bagi ASN dan masyarakat.'] },
        ],
      },
      {
        code: 'DC.2.6',
        name: 'Pengelolaan Identitas Digital',
        definition:
          'Membuat dan mengelola satu atau beberapa identitas digital, menjaga reputasi diri dan instansi, serta mengelola data yang dihasilkan melalui berbagai akun dan aplikasi.',
        levels: [
          { level: 1, description: 'Mengelola akun pribadi dan akun dinas dasar dengan bimbingan.', indicators: ['Membuat dan menjaga akun MyASN, e-Kinerja, dan surel dinas.', 'Memisahkan akun pribadi dari akun dinas.'] },
          { level: 2, description: 'Mengelola jejak digital dan profilnya secara mandiri.', indicators: ['Memeriksa pengaturan privasi akun media sosial.', 'Memutakhirkan data profil di SIASN atau MyASN secara mandiri.'] },
          { level: 3, description: 'Mengelola identitas digital unit atau instansi.', indicators: ['Mengelola akun resmi unit di media sosial sesuai pedoman.', 'Memantau dan menjaga reputasi daring unit.'] },
          { level: 4, description: 'Menetapkan tata kelola identitas digital organisasi.', indicators: ['Menyusun prosedur pengelolaan akun resmi beserta hak aksesnya.', 'Menerapkan identitas digital terpadu (single sign-on) bagi pegawai.'] },
          { level: 5, description: 'Merancang kebijakan identitas digital pemerintah daerah.', indicators: ['Mengintegrasikan identitas digital pegawai dan warga dengan layanan nasional.', 'Menetapkan kebijakan pengelolaan reputasi digital pemerintah daerah.'] },
        ],
      },
    ],
  },
  {
    code: 'DC.3',
    name: 'Pembuatan Konten Digital',
    kind: CompetencyKind.DIGITAL,
    competencies: [
      {
        code: 'DC.3.1',
        name: 'Pengembangan Konten Digital',
        definition: 'Membuat dan menyunting konten digital dalam berbagai format serta mengekspresikan gagasan melalui sarana digital.',
        levels: [
          { level: 1, description: 'Membuat dokumen dan bahan paparan sederhana dengan bimbingan.', indicators: ['Mengetik naskah dinas dengan pengolah kata.', 'Membuat bahan presentasi sederhana.'] },
          { level: 2, description: 'Membuat konten digital rutin secara mandiri.', indicators: ['Membuat infografis sederhana dengan aplikasi desain daring.', 'Menyusun laporan yang dilengkapi tabel dan grafik.'] },
          { level: 3, description: 'Menghasilkan konten multimedia yang menarik dan mudah diakses untuk kebutuhan unit.', indicators: ['Membuat video singkat sosialisasi layanan.', 'Menyusun konten yang memenuhi kaidah aksesibilitas.'] },
          { level: 4, description: 'Menetapkan standar konten dan memandu produksinya.', indicators: ['Menyusun panduan identitas visual dan gaya konten organisasi.', 'Membimbing tim produksi konten.'] },
          { level: 5, description: 'Mengembangkan strategi dan bentuk konten digital yang inovatif.', indicators: ['Merancang kampanye komunikasi publik digital berskala kota.', 'Mengembangkan format konten baru seperti konten interaktif dan dasbor publik.'] },
        ],
      },
      {
        code: 'DC.3.2',
        name: 'Integrasi dan Pengolahan Ulang Konten Digital',
        definition:
          'Memodifikasi, menyempurnakan, dan memadukan informasi serta konten dengan pengetahuan yang telah ada untuk menghasilkan konten baru yang relevan dan orisinal.',
        levels: [
          { level: 1, description: 'Menyunting konten yang sudah ada dengan bimbingan.', indicators: ['Memperbarui templat naskah dinas.', 'Memindahkan data ke format laporan yang telah disediakan.'] },
          { level: 2, description: 'Memadukan konten dari berbagai sumber secara mandiri.', indicators: ['Menggabungkan data dari beberapa berkas menjadi satu laporan.', 'Menyesuaikan bahan paparan untuk audiens yang berbeda.'] },
          { level: 3, description: 'Mengolah ulang konten menjadi produk baru yang bernilai bagi unit.', indicators: ['Mengubah data mentah menjadi dasbor atau visualisasi sederhana.', 'Memadukan materi dari berbagai sumber menjadi modul pembelajaran internal.'] },
          { level: 4, description: 'Menetapkan praktik pengolahan ulang konten di organisasi.', indicators: ['Membangun pustaka templat dan aset digital bersama.', 'Membimbing rekan mengolah ulang konten secara etis dan efisien.'] },
          { level: 5, description: 'Mengembangkan solusi integrasi konten lintas sistem.', indicators: ['Merancang integrasi konten antarportal pemerintah daerah.', 'Menciptakan pendekatan baru pemanfaatan ulang konten publik.'] },
        ],
      },
      {
        code: 'DC.3.3',
        name: 'Hak Cipta dan Lisensi',
        definition: 'Memahami penerapan hak cipta dan lisensi pada data, informasi, dan konten digital.',
        levels: [
          { level: 1, description: 'Mengetahui bahwa konten digital dilindungi hak cipta.', indicators: ['Mencantumkan sumber gambar atau kutipan yang digunakan.', 'Tidak menggunakan perangkat lunak bajakan.'] },
          { level: 2, description: 'Menerapkan ketentuan hak cipta dan lisensi yang umum secara mandiri.', indicators: ['Memilih gambar berlisensi terbuka (misalnya Creative Commons) dan mencantumkan atribusinya dengan benar.', 'Memahami ketentuan lisensi perangkat lunak yang digunakan kantor.'] },
          { level: 3, description: 'Memastikan kepatuhan terhadap hak cipta dan lisensi di unit.', indicators: ['Memeriksa lisensi aset yang dipakai dalam publikasi unit.', 'Menetapkan lisensi bagi data terbuka yang dipublikasikan unit.'] },
          { level: 4, description: 'Menetapkan kebijakan hak cipta dan lisensi organisasi.', indicators: ['Menyusun pedoman penggunaan dan publikasi konten berlisensi.', 'Mengelola inventaris lisensi perangkat lunak organisasi.'] },
          { level: 5, description: 'Merumuskan kebijakan kekayaan intelektual dan lisensi data pemerintah daerah.', indicators: ['Menetapkan lisensi terbuka standar bagi data dan aplikasi pemerintah daerah.', 'Menangani sengketa hak cipta yang berkaitan dengan konten pemerintah.'] },
        ],
      },
      {
        code: 'DC.3.4',
        name: 'Pemrograman',
        definition:
          'Merencanakan dan menyusun rangkaian instruksi yang dapat dipahami oleh sistem komputer untuk menyelesaikan masalah atau melaksanakan tugas tertentu.',
        levels: [
          { level: 1, description: 'Memahami konsep dasar instruksi dan otomatisasi sederhana.', indicators: ['Menjalankan makro atau rumus yang telah disiapkan.', 'Memahami logika langkah demi langkah (algoritma) dalam prosedur kerja.'] },
          { level: 2, description: 'Membuat otomatisasi sederhana secara mandiri.', indicators: ['Menyusun rumus bersyarat dan fungsi pencarian pada spreadsheet.', 'Membuat formulir daring dengan alur otomatis sederhana.'] },
          { level: 3, description: 'Menulis skrip atau program sederhana untuk mengolah data dan mendukung layanan unit.', indicators: ['Menulis skrip (misalnya Python atau SQL) untuk mengolah data rutin.', 'Membuat aplikasi sederhana unit dengan alat low-code.'] },
          { level: 4, description: 'Mengembangkan aplikasi dan membimbing pengembang lain.', indicators: ['Mengembangkan aplikasi layanan sesuai standar keamanan dan interoperabilitas SPBE.', 'Meninjau kode dan membimbing pengembang yang lebih junior.'] },
          { level: 5, description: 'Merancang solusi perangkat lunak yang kompleks beserta arsitekturnya.', indicators: ['Merancang arsitektur aplikasi terintegrasi lintas perangkat daerah.', 'Menetapkan standar pengembangan perangkat lunak pemerintah daerah.'] },
        ],
      },
    ],
  },
  {
    code: 'DC.4',
    name: 'Keamanan',
    kind: CompetencyKind.DIGITAL,
    competencies: [
      {
        code: 'DC.4.1',
        name: 'Perlindungan Perangkat',
        definition:
          'Melindungi perangkat dan konten digital, memahami risiko dan ancaman di lingkungan digital, serta menerapkan langkah keamanan dengan memperhatikan keandalan dan privasi.',
        levels: [
          { level: 1, description: 'Menerapkan pengamanan dasar perangkat dengan bimbingan.', indicators: ['Mengunci layar dan memakai kata sandi pada perangkat kerja.', 'Memperbarui sistem operasi dan antivirus sesuai arahan.'] },
          { level: 2, description: 'Melindungi perangkat secara mandiri dan mengenali ancaman yang umum.', indicators: ['Mengenali surel phishing dan tautan mencurigakan.', 'Mengaktifkan autentikasi dua faktor pada akun dinas.'] },
          { level: 3, description: 'Menerapkan dan memantau pengamanan perangkat di unit kerja.', indicators: ['Memastikan pencadangan data unit dilakukan secara berkala.', 'Melaporkan insiden keamanan kepada tim tanggap insiden siber (CSIRT) pemerintah kota.'] },
          { level: 4, description: 'Menetapkan kebijakan dan kendali keamanan perangkat organisasi.', indicators: ['Menyusun kebijakan penggunaan perangkat, termasuk perangkat pribadi untuk bekerja.', 'Mengoordinasikan penanganan insiden keamanan.'] },
          { level: 5, description: 'Merancang strategi keamanan siber pemerintah daerah.', indicators: ['Menyusun strategi dan rencana keamanan siber daerah bersama BSSN.', 'Membangun kapasitas tanggap insiden lintas perangkat daerah.'] },
        ],
      },
      {
        code: 'DC.4.2',
        name: 'Perlindungan Data Pribadi dan Privasi',
        definition:
          'Melindungi data pribadi dan privasi di lingkungan digital, menggunakan dan membagikan informasi identitas secara aman bagi diri sendiri dan orang lain, serta memahami kebijakan privasi layanan digital sesuai UU 27/2022 tentang Pelindungan Data Pribadi.',
        levels: [
          { level: 1, description: 'Mengetahui jenis data pribadi dan kewajiban menjaganya.', indicators: ['Tidak membagikan NIK, KK, atau data pegawai di grup pesan terbuka.', 'Membaca pemberitahuan privasi sebelum memberikan persetujuan.'] },
          { level: 2, description: 'Menerapkan pelindungan data pribadi dalam tugas sehari-hari.', indicators: ['Menyamarkan data pribadi dalam dokumen yang dipublikasikan.', 'Menggunakan data pribadi hanya untuk tujuan layanan yang sah.'] },
          { level: 3, description: 'Memastikan pemrosesan data pribadi di unit sesuai ketentuan pelindungan data pribadi.', indicators: ['Menginventarisasi data pribadi yang diproses oleh unit.', 'Menerapkan pembatasan akses data pribadi berdasarkan peran.'] },
          { level: 4, description: 'Mengelola kepatuhan pelindungan data pribadi organisasi.', indicators: ['Menyusun penilaian dampak pelindungan data pribadi.', 'Menangani permintaan subjek data dan insiden kebocoran data.'] },
          { level: 5, description: 'Merumuskan kebijakan pelindungan data pribadi pemerintah daerah.', indicators: ['Menjalankan fungsi pejabat pelindungan data pribadi di tingkat daerah.', 'Menyelaraskan kebijakan daerah dengan UU Pelindungan Data Pribadi dan peraturan pelaksanaannya.'] },
        ],
      },
      {
        code: 'DC.4.3',
        name: 'Perlindungan Kesehatan dan Kesejahteraan',
        definition:
          'Menghindari risiko kesehatan serta ancaman terhadap kesejahteraan fisik dan psikologis saat menggunakan teknologi digital, melindungi diri dan orang lain dari bahaya seperti perundungan siber, serta memanfaatkan teknologi untuk kesejahteraan dan inklusi sosial.',
        levels: [
          { level: 1, description: 'Mengenali risiko kesehatan dasar dari penggunaan perangkat digital.', indicators: ['Mengatur posisi kerja dan waktu istirahat saat bekerja di depan layar.', 'Mengenali bentuk-bentuk perundungan siber.'] },
          { level: 2, description: 'Menjaga keseimbangan penggunaan teknologi secara mandiri.', indicators: ['Mengatur waktu menanggapi pesan kerja di luar jam dinas.', 'Melaporkan perundungan siber yang dialami atau diketahuinya.'] },
          { level: 3, description: 'Mendorong praktik kerja digital yang sehat dan inklusif di unit.', indicators: ['Menetapkan kesepakatan tim tentang komunikasi di luar jam kerja.', 'Memastikan layanan digital unit ramah bagi penyandang disabilitas dan lansia.'] },
          { level: 4, description: 'Menetapkan kebijakan kesejahteraan digital organisasi.', indicators: ['Menyusun kebijakan kerja fleksibel yang menjaga keseimbangan kerja dan kehidupan pribadi.', 'Menyediakan mekanisme pendampingan bagi korban perundungan siber.'] },
          { level: 5, description: 'Merumuskan program kesejahteraan dan inklusi digital tingkat daerah.', indicators: ['Merancang program literasi digital yang aman bagi kelompok rentan.', 'Memasukkan aspek kesehatan mental dalam kebijakan transformasi digital.'] },
        ],
      },
      {
        code: 'DC.4.4',
        name: 'Perlindungan Lingkungan',
        definition: 'Memahami dampak teknologi digital dan penggunaannya terhadap lingkungan hidup serta bertindak untuk menguranginya.',
        levels: [
          { level: 1, description: 'Mengetahui bahwa penggunaan perangkat digital berdampak pada lingkungan.', indicators: ['Mematikan perangkat setelah digunakan.', 'Mengurangi pencetakan dengan memanfaatkan naskah dinas elektronik.'] },
          { level: 2, description: 'Menerapkan kebiasaan digital hemat energi secara mandiri.', indicators: ['Mengaktifkan mode hemat daya pada perangkat kerja.', 'Membuang limbah elektronik melalui jalur yang benar.'] },
          { level: 3, description: 'Mendorong praktik TIK ramah lingkungan di unit.', indicators: ['Mengusulkan penerapan kantor tanpa kertas di unit.', 'Memperpanjang umur pakai perangkat melalui perawatan rutin.'] },
          { level: 4, description: 'Menetapkan kebijakan TIK hijau di organisasi.', indicators: ['Mempertimbangkan efisiensi energi dalam pengadaan perangkat TIK.', 'Menyusun prosedur pengelolaan limbah elektronik.'] },
          { level: 5, description: 'Merumuskan strategi TIK berkelanjutan tingkat daerah.', indicators: ['Memasukkan efisiensi energi pusat data ke dalam kebijakan SPBE daerah.', 'Mengukur dan melaporkan jejak karbon layanan TIK pemerintah daerah.'] },
        ],
      },
    ],
  },
  {
    code: 'DC.5',
    name: 'Pemecahan Masalah',
    kind: CompetencyKind.DIGITAL,
    competencies: [
      {
        code: 'DC.5.1',
        name: 'Pemecahan Masalah Teknis',
        definition: 'Mengidentifikasi masalah teknis saat mengoperasikan perangkat dan menggunakan lingkungan digital, lalu menyelesaikannya.',
        levels: [
          { level: 1, description: 'Mengenali masalah teknis sederhana dan meminta bantuan yang tepat.', indicators: ['Memeriksa koneksi atau memulai ulang perangkat saat terjadi gangguan.', 'Melaporkan masalah aplikasi ke helpdesk dengan keterangan yang jelas.'] },
          { level: 2, description: 'Menyelesaikan masalah teknis rutin secara mandiri.', indicators: ['Mengatasi gangguan umum seperti printer, Wi-Fi, atau unggah dokumen yang gagal.', 'Mencari solusi di panduan pengguna atau forum bantuan.'] },
          { level: 3, description: 'Menyelesaikan masalah teknis yang tidak rutin dan membantu rekan kerja.', indicators: ['Mendiagnosis penyebab gangguan aplikasi layanan di unit.', 'Menjadi pendamping digital bagi rekan kerja.'] },
          { level: 4, description: 'Mengelola penanganan masalah teknis di organisasi.', indicators: ['Menyusun basis pengetahuan penyelesaian masalah untuk helpdesk.', 'Menganalisis pola gangguan dan mengusulkan perbaikan sistem.'] },
          { level: 5, description: 'Merancang solusi atas masalah teknis kompleks lintas sistem.', indicators: ['Merancang layanan dukungan TI terpadu bagi seluruh perangkat daerah.', 'Menyelesaikan masalah integrasi antara sistem daerah dan sistem nasional.'] },
        ],
      },
      {
        code: 'DC.5.2',
        name: 'Identifikasi Kebutuhan dan Respons Teknologi',
        definition:
          'Menilai kebutuhan serta mengidentifikasi, mengevaluasi, memilih, dan menggunakan alat digital dan solusi teknologi yang sesuai, termasuk menyesuaikan lingkungan digital dengan kebutuhan pengguna dan aksesibilitas.',
        levels: [
          { level: 1, description: 'Mengenali alat digital yang tersedia untuk tugasnya.', indicators: ['Menggunakan aplikasi kerja yang disediakan instansi sesuai fungsinya.', 'Menyampaikan kebutuhan alat kerja digital kepada atasan.'] },
          { level: 2, description: 'Memilih alat digital yang sesuai secara mandiri.', indicators: ['Membandingkan beberapa aplikasi sebelum memilih untuk tugas tertentu.', 'Menyesuaikan pengaturan aplikasi dengan kebutuhan kerja.'] },
          { level: 3, description: 'Menganalisis kebutuhan unit dan mengusulkan solusi teknologi.', indicators: ['Memetakan proses bisnis unit dan bagian yang dapat didigitalkan.', 'Menyusun usulan kebutuhan aplikasi atau perangkat unit.'] },
          { level: 4, description: 'Mengevaluasi dan memilih solusi teknologi bagi organisasi.', indicators: ['Menyusun kajian kebutuhan dan analisis biaya-manfaat solusi TIK.', 'Memastikan solusi selaras dengan arsitektur SPBE dan aplikasi umum nasional.'] },
          { level: 5, description: 'Merancang peta jalan teknologi pemerintah daerah.', indicators: ['Menyusun peta rencana SPBE dan transformasi digital daerah.', 'Menilai kelayakan teknologi baru seperti AI dan komputasi awan bagi layanan publik.'] },
        ],
      },
      {
        code: 'DC.5.3',
        name: 'Pemanfaatan Kreatif Teknologi Digital',
        definition:
          'Menggunakan alat dan teknologi digital untuk menciptakan pengetahuan serta berinovasi pada proses dan produk layanan, baik secara individu maupun bersama-sama.',
        levels: [
          { level: 1, description: 'Menyadari bahwa teknologi digital dapat mempermudah pekerjaan.', indicators: ['Menggunakan fitur aplikasi untuk mempercepat tugas.', 'Mengikuti inovasi digital yang diperkenalkan di unit.'] },
          { level: 2, description: 'Memanfaatkan teknologi digital untuk memperbaiki cara kerjanya sendiri.', indicators: ['Mengusulkan pemanfaatan aplikasi untuk mempercepat layanan.', 'Menggunakan asisten AI secara bertanggung jawab untuk membantu menyusun draf.'] },
          { level: 3, description: 'Mengembangkan inovasi digital di unit.', indicators: ['Merancang inovasi layanan berbasis digital di unit.', 'Melibatkan pengguna layanan dalam menguji inovasi.'] },
          { level: 4, description: 'Memimpin inovasi digital di organisasi.', indicators: ['Mengelola portofolio inovasi digital dan mengikutsertakannya dalam kompetisi inovasi pelayanan publik.', 'Mereplikasi inovasi digital yang berhasil ke unit lain.'] },
          { level: 5, description: 'Menciptakan ekosistem inovasi digital daerah.', indicators: ['Membangun kemitraan inovasi dengan perguruan tinggi dan perusahaan rintisan.', 'Menjadikan inovasi digital pemerintah kota rujukan bagi daerah lain.'] },
        ],
      },
      {
        code: 'DC.5.4',
        name: 'Identifikasi Kesenjangan Kompetensi Digital',
        definition:
          'Memahami bagian kompetensi digital diri yang perlu ditingkatkan, membantu orang lain mengembangkan kompetensi digitalnya, serta mencari peluang belajar untuk mengikuti perkembangan digital.',
        levels: [
          { level: 1, description: 'Mengenali keterbatasan kemampuan digital dirinya.', indicators: ['Mengikuti asesmen literasi digital yang disediakan instansi.', 'Meminta bantuan saat menghadapi aplikasi baru.'] },
          { level: 2, description: 'Merencanakan peningkatan kompetensi digital dirinya secara mandiri.', indicators: ['Mengikuti kursus daring, misalnya Digital Talent Scholarship, sesuai kebutuhan.', 'Mengikuti perkembangan aplikasi layanan yang digunakannya.'] },
          { level: 3, description: 'Mengidentifikasi kebutuhan kompetensi digital tim.', indicators: ['Memetakan kesenjangan kompetensi digital anggota unit.', 'Mengusulkan pelatihan digital bagi anggota unit.'] },
          { level: 4, description: 'Menyusun program pengembangan kompetensi digital organisasi.', indicators: ['Menyusun rencana pengembangan talenta digital organisasi.', 'Mengevaluasi efektivitas pelatihan digital yang telah diikuti pegawai.'] },
          { level: 5, description: 'Merumuskan strategi pengembangan talenta digital daerah.', indicators: ['Menyusun peta jalan talenta digital ASN pemerintah daerah.', 'Membangun kerja sama pengembangan talenta digital dengan Komdigi dan perguruan tinggi.'] },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Kompetensi Teknis (one group per TechnicalField; level descriptions kept to one sentence)
// ---------------------------------------------------------------------------------------------------

const TEKNIS_KESEHATAN: CompetencyGroupSeed = {
  code: 'T.KES',
  name: 'Kesehatan',
  kind: CompetencyKind.TEKNIS,
  field: 'KESEHATAN',
  competencies: [
    {
      code: 'T.KES.01',
      name: 'Pelayanan Kesehatan Primer',
      definition:
        'Kemampuan menyelenggarakan pelayanan kesehatan perseorangan dan masyarakat tingkat pertama di puskesmas dan jejaringnya dengan pendekatan siklus hidup.',
      levels: [
        { level: 1, description: 'Memahami alur pelayanan puskesmas dan melaksanakan tugas pelayanan dasar dengan bimbingan.', indicators: ['Melakukan pendaftaran dan skrining awal pasien sesuai SOP.', 'Menyampaikan informasi jenis dan jadwal layanan kepada pasien.'] },
        { level: 2, description: 'Melaksanakan pelayanan kesehatan primer secara mandiri sesuai SOP.', indicators: ['Memberikan pelayanan sesuai klaster siklus hidup.', 'Mencatat pelayanan dalam rekam medis elektronik.'] },
        { level: 3, description: 'Menganalisis capaian layanan dan mengoordinasikan pelayanan di wilayah kerja puskesmas.', indicators: ['Menganalisis capaian Standar Pelayanan Minimal bidang kesehatan di wilayah kerja.', 'Mengoordinasikan kegiatan posyandu dan kunjungan rumah.'] },
        { level: 4, description: 'Mengevaluasi penyelenggaraan layanan primer tingkat kota dan merumuskan perbaikannya.', indicators: ['Mengevaluasi kinerja seluruh puskesmas.', 'Menyusun kebijakan teknis penguatan layanan primer.'] },
        { level: 5, description: 'Merumuskan strategi transformasi layanan primer daerah dan menjadi rujukan di luar daerah.', indicators: ['Merancang model integrasi layanan primer yang dapat direplikasi.', 'Menjadi narasumber transformasi layanan primer tingkat provinsi atau nasional.'] },
      ],
    },
    {
      code: 'T.KES.02',
      name: 'Surveilans dan Pengendalian Penyakit Menular',
      definition:
        'Kemampuan melakukan pengamatan epidemiologis yang sistematis terhadap penyakit menular, antara lain DBD, TBC, HIV, dan penyakit yang dapat dicegah dengan imunisasi, serta melaksanakan upaya pengendaliannya.',
      levels: [
        { level: 1, description: 'Mengumpulkan data kasus penyakit menular sesuai format dengan bimbingan.', indicators: ['Mencatat kasus ke dalam Sistem Kewaspadaan Dini dan Respons (SKDR).', 'Melaksanakan pemeriksaan jentik berkala.'] },
        { level: 2, description: 'Melaksanakan surveilans dan kegiatan pengendalian penyakit secara mandiri.', indicators: ['Melakukan penyelidikan epidemiologi kasus.', 'Melaksanakan pelacakan kontak dan imunisasi sesuai jadwal.'] },
        { level: 3, description: 'Menganalisis data surveilans dan merespons peningkatan kasus di wilayah kerja.', indicators: ['Menyusun analisis tren dan peta sebaran kasus.', 'Mengoordinasikan respons kejadian luar biasa (KLB) tingkat wilayah.'] },
        { level: 4, description: 'Mengevaluasi sistem surveilans dan program pengendalian penyakit tingkat kota.', indicators: ['Mengevaluasi kinerja sistem kewaspadaan dini.', 'Menyusun rencana kontinjensi KLB.'] },
        { level: 5, description: 'Merumuskan kebijakan pengendalian penyakit menular tingkat daerah.', indicators: ['Menetapkan strategi eliminasi penyakit prioritas.', 'Membangun kerja sama lintas wilayah dalam pengendalian penyakit.'] },
      ],
    },
    {
      code: 'T.KES.03',
      name: 'Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa',
      definition:
        'Kemampuan melaksanakan deteksi dini, pencegahan, dan pengendalian faktor risiko penyakit tidak menular seperti hipertensi, diabetes, dan kanker, serta masalah kesehatan jiwa.',
      levels: [
        { level: 1, description: 'Melakukan pengukuran faktor risiko dasar dengan bimbingan.', indicators: ['Mengukur tekanan darah, gula darah, dan indeks massa tubuh.', 'Mencatat hasil skrining kegiatan Posbindu.'] },
        { level: 2, description: 'Melaksanakan skrining dan edukasi faktor risiko secara mandiri.', indicators: ['Melaksanakan skrining kesehatan jiwa sederhana.', 'Memberikan edukasi perubahan perilaku hidup sehat.'] },
        { level: 3, description: 'Menganalisis data faktor risiko dan mengelola program di tingkat puskesmas.', indicators: ['Menganalisis cakupan skrining penduduk usia produktif.', 'Menyusun rencana tindak lanjut dan rujukan kasus.'] },
        { level: 4, description: 'Mengevaluasi program pengendalian penyakit tidak menular tingkat kota.', indicators: ['Mengevaluasi capaian SPM pelayanan penderita hipertensi dan diabetes.', 'Merumuskan intervensi lintas sektor.'] },
        { level: 5, description: 'Merumuskan kebijakan pengendalian penyakit tidak menular dan kesehatan jiwa daerah.', indicators: ['Menetapkan kebijakan kawasan tanpa rokok yang efektif.', 'Merancang strategi daerah untuk deteksi dini kanker.'] },
      ],
    },
    {
      code: 'T.KES.04',
      name: 'Kesehatan Ibu, Anak, dan Gizi',
      definition:
        'Kemampuan melaksanakan pelayanan kesehatan ibu hamil, bersalin, nifas, bayi, balita, dan remaja serta upaya perbaikan gizi, termasuk percepatan penurunan stunting.',
      levels: [
        { level: 1, description: 'Melaksanakan kegiatan dasar kesehatan ibu, anak, dan gizi dengan bimbingan.', indicators: ['Menimbang dan mengukur balita di posyandu.', 'Mencatat pelayanan pada buku KIA.'] },
        { level: 2, description: 'Memberikan pelayanan kesehatan ibu, anak, dan gizi secara mandiri sesuai standar.', indicators: ['Melakukan pemeriksaan kehamilan sesuai standar.', 'Melakukan pemantauan pertumbuhan dan konseling gizi.'] },
        { level: 3, description: 'Menganalisis data gizi dan kesehatan ibu-anak serta mengoordinasikan intervensi di wilayah kerja.', indicators: ['Menganalisis data stunting dari aplikasi pencatatan gizi dan menetapkan sasaran intervensi.', 'Mengoordinasikan audit maternal perinatal.'] },
        { level: 4, description: 'Mengevaluasi program kesehatan ibu, anak, dan gizi tingkat kota.', indicators: ['Mengevaluasi program percepatan penurunan stunting.', 'Merumuskan intervensi spesifik dan sensitif bersama Tim Percepatan Penurunan Stunting.'] },
        { level: 5, description: 'Merumuskan kebijakan daerah untuk kesehatan ibu, anak, dan gizi.', indicators: ['Menetapkan strategi penurunan angka kematian ibu dan bayi.', 'Menjadi rujukan praktik baik penurunan stunting.'] },
      ],
    },
    {
      code: 'T.KES.05',
      name: 'Kesehatan Lingkungan',
      definition:
        'Kemampuan melakukan pengawasan, inspeksi, dan perbaikan kualitas lingkungan, meliputi air minum, sanitasi, tempat dan fasilitas umum, serta pangan olahan siap saji.',
      levels: [
        { level: 1, description: 'Melaksanakan kegiatan inspeksi kesehatan lingkungan dengan bimbingan.', indicators: ['Mengambil sampel air sesuai prosedur.', 'Mengisi formulir inspeksi sanitasi.'] },
        { level: 2, description: 'Melaksanakan inspeksi dan pembinaan kesehatan lingkungan secara mandiri.', indicators: ['Melakukan inspeksi kesehatan lingkungan tempat pengelolaan pangan.', 'Memicu perubahan perilaku Sanitasi Total Berbasis Masyarakat (STBM).'] },
        { level: 3, description: 'Menganalisis risiko kesehatan lingkungan di wilayah kerja.', indicators: ['Menganalisis hasil uji kualitas air dan menetapkan tindak lanjut.', 'Memetakan wilayah berisiko penyakit berbasis lingkungan.'] },
        { level: 4, description: 'Mengevaluasi program kesehatan lingkungan tingkat kota.', indicators: ['Mengevaluasi capaian kelurahan STBM.', 'Menyusun rekomendasi teknis penerbitan sertifikat laik higiene sanitasi.'] },
        { level: 5, description: 'Merumuskan kebijakan kesehatan lingkungan daerah.', indicators: ['Merancang kebijakan kota sehat.', 'Memadukan program kesehatan lingkungan dengan program permukiman dan lingkungan hidup.'] },
      ],
    },
    {
      code: 'T.KES.06',
      name: 'Promosi Kesehatan dan Pemberdayaan Masyarakat',
      definition:
        'Kemampuan merancang dan melaksanakan komunikasi, informasi, dan edukasi kesehatan serta menggerakkan masyarakat untuk berperilaku hidup bersih dan sehat.',
      levels: [
        { level: 1, description: 'Menyampaikan pesan kesehatan sederhana dengan bimbingan.', indicators: ['Membagikan media penyuluhan kepada masyarakat.', 'Membantu pelaksanaan penyuluhan kelompok.'] },
        { level: 2, description: 'Melaksanakan penyuluhan dan pembinaan kader secara mandiri.', indicators: ['Melaksanakan penyuluhan kesehatan sesuai sasaran.', 'Membina kader posyandu.'] },
        { level: 3, description: 'Merancang intervensi promosi kesehatan berbasis data di wilayah kerja.', indicators: ['Menganalisis data perilaku hidup bersih dan sehat rumah tangga.', 'Merancang kampanye kesehatan yang sesuai budaya setempat.'] },
        { level: 4, description: 'Mengevaluasi program promosi kesehatan tingkat kota.', indicators: ['Mengevaluasi efektivitas kampanye kesehatan.', 'Membangun kemitraan dengan organisasi masyarakat dan dunia usaha.'] },
        { level: 5, description: 'Merumuskan strategi promosi kesehatan dan Gerakan Masyarakat Hidup Sehat daerah.', indicators: ['Menetapkan strategi komunikasi perubahan perilaku tingkat kota.', 'Menggerakkan dukungan lintas sektor untuk kebijakan berwawasan kesehatan.'] },
      ],
    },
    {
      code: 'T.KES.07',
      name: 'Pengelolaan Kefarmasian dan Alat Kesehatan',
      definition:
        'Kemampuan mengelola obat, bahan medis habis pakai, dan alat kesehatan mulai dari perencanaan, pengadaan, penyimpanan, distribusi, hingga pelayanan kefarmasian.',
      levels: [
        { level: 1, description: 'Melaksanakan tugas dasar pengelolaan obat dengan bimbingan.', indicators: ['Mencatat penerimaan dan pengeluaran obat.', 'Menyimpan obat sesuai persyaratan penyimpanan.'] },
        { level: 2, description: 'Melaksanakan pengelolaan dan pelayanan kefarmasian secara mandiri.', indicators: ['Menyusun laporan pemakaian dan permintaan obat (LPLPO).', 'Memberikan informasi obat kepada pasien.'] },
        { level: 3, description: 'Menganalisis kebutuhan dan ketersediaan obat di tingkat unit.', indicators: ['Merencanakan kebutuhan obat berdasarkan pola penyakit.', 'Memantau tanggal kedaluwarsa dan kekosongan stok.'] },
        { level: 4, description: 'Mengevaluasi tata kelola obat dan alat kesehatan tingkat kota.', indicators: ['Mengevaluasi ketersediaan obat di instalasi farmasi kota.', 'Menyusun rencana pengadaan obat melalui katalog elektronik.'] },
        { level: 5, description: 'Merumuskan kebijakan kefarmasian daerah.', indicators: ['Menetapkan kebijakan penggunaan obat rasional.', 'Merancang sistem logistik obat terintegrasi.'] },
      ],
    },
    {
      code: 'T.KES.08',
      name: 'Asuhan Keperawatan',
      definition:
        'Kemampuan memberikan asuhan keperawatan kepada individu, keluarga, dan kelompok melalui pengkajian, diagnosis, perencanaan, implementasi, dan evaluasi keperawatan.',
      levels: [
        { level: 1, description: 'Melaksanakan tindakan keperawatan dasar dengan supervisi.', indicators: ['Mengukur tanda vital dan mencatatnya.', 'Membantu pemenuhan kebutuhan dasar pasien.'] },
        { level: 2, description: 'Memberikan asuhan keperawatan secara mandiri pada kasus umum.', indicators: ['Menyusun diagnosis dan rencana keperawatan.', 'Mendokumentasikan asuhan keperawatan secara elektronik.'] },
        { level: 3, description: 'Memberikan asuhan keperawatan pada kasus kompleks dan membimbing perawat lain.', indicators: ['Menangani pasien dengan kondisi kritis atau komplikasi.', 'Melakukan bimbingan klinis kepada perawat yang lebih junior.'] },
        { level: 4, description: 'Mengelola dan mengevaluasi mutu pelayanan keperawatan.', indicators: ['Menyusun standar asuhan keperawatan unit.', 'Mengevaluasi indikator mutu keperawatan.'] },
        { level: 5, description: 'Merumuskan kebijakan dan mengembangkan praktik keperawatan berbasis bukti.', indicators: ['Mengembangkan inovasi praktik keperawatan berbasis penelitian.', 'Menjadi rujukan keperawatan spesialistik.'] },
      ],
    },
    {
      code: 'T.KES.09',
      name: 'Pelayanan Medik, Kegawatdaruratan, dan Rujukan',
      definition:
        'Kemampuan memberikan pelayanan medik dan penanganan kegawatdaruratan sesuai standar profesi serta mengelola rujukan pasien dalam sistem rujukan berjenjang.',
      levels: [
        { level: 1, description: 'Memahami prosedur pelayanan medik, triase, dan rujukan.', indicators: ['Melaksanakan triase sesuai pedoman.', 'Melengkapi berkas rujukan pasien.'] },
        { level: 2, description: 'Memberikan pelayanan medik dan bantuan hidup dasar secara mandiri.', indicators: ['Menangani kasus medis umum sesuai panduan praktik klinis.', 'Melakukan bantuan hidup dasar dan stabilisasi pasien.'] },
        { level: 3, description: 'Menangani kasus kompleks dan mengoordinasikan rujukan di unit.', indicators: ['Menangani kegawatdaruratan dengan tim.', 'Mengoordinasikan rujukan melalui sistem rujukan terintegrasi.'] },
        { level: 4, description: 'Mengevaluasi sistem pelayanan medik dan rujukan tingkat kota.', indicators: ['Mengevaluasi waktu tanggap dan mutu layanan gawat darurat.', 'Menyusun alur rujukan antar-fasilitas kesehatan.'] },
        { level: 5, description: 'Merumuskan kebijakan pelayanan medik dan sistem penanggulangan gawat darurat terpadu daerah.', indicators: ['Merancang layanan gawat darurat terpadu (call center 112) bidang kesehatan.', 'Menetapkan kebijakan jejaring rujukan regional.'] },
      ],
    },
    {
      code: 'T.KES.10',
      name: 'Jaminan dan Pembiayaan Kesehatan',
      definition:
        'Kemampuan mengelola program Jaminan Kesehatan Nasional di daerah, termasuk kepesertaan, klaim, dan pembiayaan pelayanan kesehatan.',
      levels: [
        { level: 1, description: 'Memahami ketentuan dasar JKN dan membantu administrasi kepesertaan.', indicators: ['Memeriksa status kepesertaan pasien.', 'Menginformasikan hak peserta JKN.'] },
        { level: 2, description: 'Melaksanakan administrasi kepesertaan dan klaim secara mandiri.', indicators: ['Menyusun berkas klaim sesuai ketentuan.', 'Mengusulkan pendaftaran penduduk miskin sebagai peserta PBI daerah.'] },
        { level: 3, description: 'Menganalisis data kepesertaan dan pembiayaan di tingkat unit.', indicators: ['Menganalisis klaim tertunda atau ditolak.', 'Memantau pemanfaatan dana kapitasi.'] },
        { level: 4, description: 'Mengevaluasi pembiayaan kesehatan tingkat kota.', indicators: ['Mengevaluasi cakupan Universal Health Coverage kota.', 'Menyusun proyeksi kebutuhan anggaran PBI daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan pembiayaan kesehatan daerah.', indicators: ['Menetapkan strategi keberlanjutan pembiayaan kesehatan.', 'Menegosiasikan kerja sama dengan BPJS Kesehatan.'] },
      ],
    },
    {
      code: 'T.KES.11',
      name: 'Sistem Informasi Kesehatan',
      definition:
        'Kemampuan mengelola data dan sistem informasi kesehatan, termasuk rekam medis elektronik dan integrasi dengan platform SATUSEHAT.',
      levels: [
        { level: 1, description: 'Menginput data pelayanan ke sistem informasi dengan bimbingan.', indicators: ['Menginput data kunjungan ke aplikasi pelayanan.', 'Menjaga kerahasiaan data pasien.'] },
        { level: 2, description: 'Mengelola data pelayanan secara mandiri dan menyusun laporan rutin.', indicators: ['Menyusun laporan bulanan dari sistem informasi.', 'Memeriksa kelengkapan data rekam medis elektronik.'] },
        { level: 3, description: 'Menganalisis data kesehatan untuk perencanaan unit.', indicators: ['Menyajikan indikator kesehatan dalam dasbor.', 'Memastikan data puskesmas terkirim ke SATUSEHAT.'] },
        { level: 4, description: 'Mengevaluasi dan mengembangkan sistem informasi kesehatan tingkat kota.', indicators: ['Mengevaluasi interoperabilitas aplikasi kesehatan daerah.', 'Menyusun profil kesehatan kota.'] },
        { level: 5, description: 'Merumuskan kebijakan transformasi digital kesehatan daerah.', indicators: ['Menetapkan arsitektur sistem informasi kesehatan daerah.', 'Menyusun kebijakan pemanfaatan data kesehatan yang aman.'] },
      ],
    },
    {
      code: 'T.KES.12',
      name: 'Mutu Pelayanan dan Keselamatan Pasien',
      definition:
        'Kemampuan menerapkan dan mengembangkan manajemen mutu, manajemen risiko, dan keselamatan pasien di fasilitas pelayanan kesehatan, termasuk persiapan akreditasi.',
      levels: [
        { level: 1, description: 'Memahami sasaran keselamatan pasien dan menerapkannya dengan bimbingan.', indicators: ['Melakukan identifikasi pasien dengan benar.', 'Menerapkan kebersihan tangan sesuai pedoman.'] },
        { level: 2, description: 'Menerapkan standar mutu dan keselamatan pasien secara mandiri.', indicators: ['Melaporkan insiden keselamatan pasien.', 'Mengumpulkan data indikator mutu.'] },
        { level: 3, description: 'Menganalisis insiden dan indikator mutu di unit.', indicators: ['Melakukan analisis akar masalah insiden.', 'Menyusun rencana perbaikan mutu unit.'] },
        { level: 4, description: 'Mengelola sistem mutu dan akreditasi fasilitas kesehatan.', indicators: ['Memimpin persiapan akreditasi puskesmas atau rumah sakit.', 'Mengevaluasi program manajemen risiko.'] },
        { level: 5, description: 'Merumuskan kebijakan mutu pelayanan kesehatan daerah.', indicators: ['Menetapkan indikator mutu layanan kesehatan daerah.', 'Membangun budaya keselamatan pasien lintas fasilitas kesehatan.'] },
      ],
    },
  ],
};

const TEKNIS_PENDIDIKAN: CompetencyGroupSeed = {
  code: 'T.PEN',
  name: 'Pendidikan',
  kind: CompetencyKind.TEKNIS,
  field: 'PENDIDIKAN',
  competencies: [
    {
      code: 'T.PEN.01',
      name: 'Perencanaan Pembelajaran',
      definition:
        'Kemampuan merancang pembelajaran sesuai kurikulum yang berlaku, meliputi tujuan pembelajaran, alur tujuan pembelajaran, modul ajar, dan asesmen yang berpusat pada peserta didik.',
      levels: [
        { level: 1, description: 'Memahami kurikulum dan menyusun rencana pembelajaran dengan bimbingan.', indicators: ['Menggunakan modul ajar yang tersedia.', 'Merumuskan tujuan pembelajaran sederhana.'] },
        { level: 2, description: 'Menyusun perencanaan pembelajaran secara mandiri sesuai karakteristik peserta didik.', indicators: ['Menyusun alur tujuan pembelajaran dan modul ajar.', 'Menyesuaikan rencana dengan hasil asesmen diagnostik.'] },
        { level: 3, description: 'Merancang pembelajaran berdiferensiasi dan membimbing rekan sejawat.', indicators: ['Merancang pembelajaran berdiferensiasi dan berbasis proyek.', 'Membimbing rekan dalam komunitas belajar sekolah.'] },
        { level: 4, description: 'Mengembangkan kurikulum operasional satuan pendidikan.', indicators: ['Menyusun kurikulum operasional sekolah.', 'Mengevaluasi mutu perencanaan pembelajaran guru.'] },
        { level: 5, description: 'Mengembangkan model perencanaan pembelajaran inovatif yang menjadi rujukan daerah.', indicators: ['Mempublikasikan praktik baik perencanaan pembelajaran.', 'Menjadi fasilitator nasional kurikulum.'] },
      ],
    },
    {
      code: 'T.PEN.02',
      name: 'Pelaksanaan Pembelajaran',
      definition: 'Kemampuan melaksanakan pembelajaran yang interaktif, menyenangkan, dan bermakna serta mengelola kelas secara efektif.',
      levels: [
        { level: 1, description: 'Melaksanakan pembelajaran sesuai rencana dengan bimbingan.', indicators: ['Mengelola kelas sesuai tata tertib.', 'Menyampaikan materi sesuai modul ajar.'] },
        { level: 2, description: 'Melaksanakan pembelajaran aktif secara mandiri.', indicators: ['Menggunakan metode pembelajaran yang beragam.', 'Membangun interaksi yang positif dengan peserta didik.'] },
        { level: 3, description: 'Melaksanakan pembelajaran berdiferensiasi dan melakukan refleksi untuk perbaikan.', indicators: ['Menyesuaikan pembelajaran dengan kesiapan dan minat peserta didik.', 'Melakukan refleksi dan perbaikan pembelajaran secara berkala.'] },
        { level: 4, description: 'Menjadi model pembelajaran dan melakukan supervisi akademik.', indicators: ['Melakukan observasi dan umpan balik pembelajaran rekan sejawat.', 'Mengembangkan program peningkatan mutu pembelajaran sekolah.'] },
        { level: 5, description: 'Mengembangkan inovasi pembelajaran yang direplikasi di tingkat daerah atau nasional.', indicators: ['Mengembangkan model pembelajaran inovatif yang teruji.', 'Menjadi narasumber pembelajaran di tingkat nasional.'] },
      ],
    },
    {
      code: 'T.PEN.03',
      name: 'Asesmen Pembelajaran',
      definition: 'Kemampuan merancang, melaksanakan, dan memanfaatkan asesmen diagnostik, formatif, dan sumatif untuk meningkatkan hasil belajar.',
      levels: [
        { level: 1, description: 'Melaksanakan asesmen dengan instrumen yang tersedia.', indicators: ['Melaksanakan penilaian sesuai jadwal.', 'Mengolah nilai dengan format yang tersedia.'] },
        { level: 2, description: 'Menyusun instrumen asesmen dan mengolah hasilnya secara mandiri.', indicators: ['Menyusun instrumen asesmen formatif dan sumatif.', 'Menyusun rapor peserta didik.'] },
        { level: 3, description: 'Menganalisis hasil asesmen untuk memperbaiki pembelajaran.', indicators: ['Menganalisis butir soal dan capaian kelas.', 'Menindaklanjuti hasil asesmen dengan pembelajaran remedial dan pengayaan.'] },
        { level: 4, description: 'Mengembangkan sistem asesmen satuan pendidikan.', indicators: ['Menyusun pedoman asesmen sekolah.', 'Memanfaatkan hasil Asesmen Nasional untuk perencanaan sekolah.'] },
        { level: 5, description: 'Merumuskan kebijakan asesmen pendidikan daerah.', indicators: ['Merancang asesmen tingkat kota yang selaras dengan Asesmen Nasional.', 'Menjadi rujukan pengembangan instrumen asesmen.'] },
      ],
    },
    {
      code: 'T.PEN.04',
      name: 'Pemanfaatan Teknologi dalam Pembelajaran',
      definition: 'Kemampuan memanfaatkan teknologi digital dan platform pembelajaran untuk meningkatkan mutu proses dan hasil belajar.',
      levels: [
        { level: 1, description: 'Menggunakan perangkat dan platform pembelajaran dasar dengan bimbingan.', indicators: ['Mengoperasikan proyektor dan perangkat presentasi.', 'Mengakses platform pembelajaran guru.'] },
        { level: 2, description: 'Memanfaatkan media dan platform digital dalam pembelajaran secara mandiri.', indicators: ['Menggunakan video dan kuis daring dalam pembelajaran.', 'Mengelola kelas daring sederhana.'] },
        { level: 3, description: 'Merancang pembelajaran berbasis teknologi dan membimbing rekan.', indicators: ['Membuat konten pembelajaran digital sendiri.', 'Menerapkan pembelajaran campuran (blended learning).'] },
        { level: 4, description: 'Mengembangkan ekosistem pembelajaran digital sekolah.', indicators: ['Menyusun program literasi digital sekolah.', 'Mengevaluasi pemanfaatan sarana TIK sekolah.'] },
        { level: 5, description: 'Merumuskan strategi transformasi digital pendidikan daerah.', indicators: ['Merancang platform pembelajaran tingkat kota.', 'Menjadi rujukan pemanfaatan teknologi pembelajaran.'] },
      ],
    },
    {
      code: 'T.PEN.05',
      name: 'Pendidikan Inklusif',
      definition: 'Kemampuan menyelenggarakan pembelajaran dan layanan yang mengakomodasi keberagaman peserta didik, termasuk peserta didik berkebutuhan khusus.',
      levels: [
        { level: 1, description: 'Memahami prinsip pendidikan inklusif dan mengenali peserta didik berkebutuhan khusus.', indicators: ['Mengenali tanda-tanda hambatan belajar.', 'Bersikap tidak diskriminatif terhadap peserta didik.'] },
        { level: 2, description: 'Menerapkan akomodasi pembelajaran yang sederhana secara mandiri.', indicators: ['Menyesuaikan materi dan waktu bagi peserta didik berkebutuhan khusus.', 'Berkomunikasi dengan orang tua tentang kebutuhan anak.'] },
        { level: 3, description: 'Menyusun program pembelajaran individual dan mengoordinasikan layanan di sekolah.', indicators: ['Menyusun program pembelajaran individual.', 'Bekerja sama dengan guru pembimbing khusus.'] },
        { level: 4, description: 'Mengelola layanan pendidikan inklusif di tingkat satuan pendidikan atau kota.', indicators: ['Menyusun kebijakan sekolah inklusif.', 'Memetakan kebutuhan guru pembimbing khusus.'] },
        { level: 5, description: 'Merumuskan kebijakan pendidikan inklusif daerah.', indicators: ['Menetapkan strategi layanan pendidikan inklusif kota.', 'Membangun kemitraan dengan unit layanan disabilitas.'] },
      ],
    },
    {
      code: 'T.PEN.06',
      name: 'Bimbingan dan Konseling',
      definition: 'Kemampuan memberikan layanan bimbingan dan konseling pribadi, sosial, belajar, dan karier bagi peserta didik.',
      levels: [
        { level: 1, description: 'Memahami layanan dasar bimbingan dan konseling.', indicators: ['Mengumpulkan data peserta didik.', 'Memberikan informasi layanan bimbingan.'] },
        { level: 2, description: 'Memberikan layanan bimbingan klasikal dan konseling individual secara mandiri.', indicators: ['Melaksanakan konseling individual.', 'Menyusun program bimbingan dan konseling tahunan.'] },
        { level: 3, description: 'Menangani kasus yang kompleks dan berkoordinasi dengan pihak terkait.', indicators: ['Menangani kasus perundungan di sekolah.', 'Merujuk kasus kepada psikolog atau layanan perlindungan anak.'] },
        { level: 4, description: 'Mengelola layanan bimbingan dan konseling tingkat sekolah atau kota.', indicators: ['Mengevaluasi program bimbingan dan konseling.', 'Menyusun program pencegahan kekerasan di satuan pendidikan.'] },
        { level: 5, description: 'Merumuskan kebijakan layanan bimbingan dan konseling daerah.', indicators: ['Merancang sistem layanan kesejahteraan psikologis peserta didik.', 'Menjadi rujukan penanganan kasus yang kompleks.'] },
      ],
    },
    {
      code: 'T.PEN.07',
      name: 'Kepemimpinan Satuan Pendidikan',
      definition: 'Kemampuan memimpin satuan pendidikan untuk mewujudkan pembelajaran yang bermutu melalui pengelolaan kurikulum, pendidik, dan budaya sekolah.',
      levels: [
        { level: 1, description: 'Memahami peran kepemimpinan pembelajaran di sekolah.', indicators: ['Berperan aktif dalam rapat dan kegiatan sekolah.', 'Memahami visi dan program sekolah.'] },
        { level: 2, description: 'Memimpin kegiatan atau tim di sekolah secara mandiri.', indicators: ['Memimpin komunitas belajar guru.', 'Mengoordinasikan program kegiatan sekolah.'] },
        { level: 3, description: 'Memimpin sekolah berbasis data untuk perbaikan mutu.', indicators: ['Menyusun rencana kerja sekolah berdasarkan Rapor Pendidikan.', 'Melakukan supervisi akademik guru.'] },
        { level: 4, description: 'Mengembangkan budaya mutu dan kemitraan sekolah.', indicators: ['Membangun kemitraan dengan orang tua, dunia usaha, dan masyarakat.', 'Mengembangkan budaya sekolah yang aman dan inklusif.'] },
        { level: 5, description: 'Menjadi rujukan kepemimpinan pendidikan di tingkat daerah.', indicators: ['Membina kepala sekolah lain.', 'Mengembangkan model sekolah penggerak yang direplikasi.'] },
      ],
    },
    {
      code: 'T.PEN.08',
      name: 'Pengelolaan Dana dan Sarana Prasarana Sekolah',
      definition: 'Kemampuan merencanakan, menggunakan, dan mempertanggungjawabkan dana BOSP serta mengelola sarana dan prasarana satuan pendidikan.',
      levels: [
        { level: 1, description: 'Memahami ketentuan penggunaan dana sekolah dan inventaris.', indicators: ['Mencatat barang inventaris sekolah.', 'Memahami komponen penggunaan dana BOSP.'] },
        { level: 2, description: 'Melaksanakan administrasi keuangan dan inventaris secara mandiri.', indicators: ['Menyusun RKAS melalui aplikasi perencanaan sekolah.', 'Melakukan pembelian melalui sistem pengadaan sekolah secara daring.'] },
        { level: 3, description: 'Menganalisis kebutuhan dan pemanfaatan dana serta sarana di sekolah.', indicators: ['Menyusun laporan pertanggungjawaban dana BOSP.', 'Menyusun rencana pemeliharaan sarana sekolah.'] },
        { level: 4, description: 'Mengevaluasi pengelolaan dana dan sarana sekolah tingkat kota.', indicators: ['Memverifikasi laporan dana BOSP sekolah.', 'Menyusun prioritas rehabilitasi ruang kelas.'] },
        { level: 5, description: 'Merumuskan kebijakan pembiayaan dan sarana pendidikan daerah.', indicators: ['Menetapkan standar pemenuhan sarana sekolah kota.', 'Merancang skema pembiayaan pendidikan daerah.'] },
      ],
    },
    {
      code: 'T.PEN.09',
      name: 'Penjaminan Mutu dan Pengawasan Sekolah',
      definition: 'Kemampuan melakukan pendampingan, pengawasan, dan penjaminan mutu satuan pendidikan berdasarkan standar nasional pendidikan dan Rapor Pendidikan.',
      levels: [
        { level: 1, description: 'Memahami standar nasional pendidikan dan instrumen penjaminan mutu.', indicators: ['Mengisi instrumen evaluasi diri sekolah.', 'Memahami indikator Rapor Pendidikan.'] },
        { level: 2, description: 'Melaksanakan evaluasi diri dan tindak lanjut mutu secara mandiri.', indicators: ['Mengidentifikasi masalah mutu dari Rapor Pendidikan.', 'Menyusun rencana tindak lanjut perbaikan.'] },
        { level: 3, description: 'Mendampingi sekolah dalam perencanaan berbasis data.', indicators: ['Melakukan pendampingan perencanaan berbasis data di sekolah binaan.', 'Memantau pelaksanaan program peningkatan mutu.'] },
        { level: 4, description: 'Mengevaluasi mutu pendidikan tingkat kota dan merumuskan intervensi.', indicators: ['Menyusun analisis mutu pendidikan kota.', 'Merumuskan program intervensi bagi sekolah dengan capaian rendah.'] },
        { level: 5, description: 'Merumuskan kebijakan penjaminan mutu pendidikan daerah.', indicators: ['Menetapkan strategi peningkatan mutu pendidikan kota.', 'Menjadi rujukan penjaminan mutu tingkat provinsi.'] },
      ],
    },
    {
      code: 'T.PEN.10',
      name: 'Pengelolaan Data Pendidikan',
      definition: 'Kemampuan mengelola data pokok pendidikan (Dapodik) dan data pendidikan lainnya secara akurat sebagai dasar perencanaan dan penyaluran bantuan.',
      levels: [
        { level: 1, description: 'Menginput data peserta didik dan pendidik ke aplikasi dengan bimbingan.', indicators: ['Menginput data peserta didik baru.', 'Memeriksa kelengkapan data pribadi peserta didik.'] },
        { level: 2, description: 'Mengelola dan memutakhirkan data pendidikan secara mandiri.', indicators: ['Melakukan sinkronisasi Dapodik tepat waktu.', 'Memperbaiki data yang tidak valid.'] },
        { level: 3, description: 'Menganalisis data pendidikan untuk kebutuhan sekolah atau bidang.', indicators: ['Menganalisis rasio guru dan peserta didik.', 'Menyajikan data untuk penerimaan murid baru.'] },
        { level: 4, description: 'Mengelola tata kelola data pendidikan tingkat kota.', indicators: ['Memverifikasi data sekolah se-kota.', 'Menyusun profil pendidikan kota.'] },
        { level: 5, description: 'Merumuskan kebijakan data pendidikan daerah.', indicators: ['Mengintegrasikan data pendidikan dengan data kependudukan dan kesejahteraan sosial.', 'Menetapkan standar data pendidikan daerah.'] },
      ],
    },
    {
      code: 'T.PEN.11',
      name: 'Pembelajaran Literasi dan Numerasi',
      definition: 'Kemampuan mengembangkan kemampuan literasi membaca dan numerasi peserta didik melalui pembelajaran lintas mata pelajaran.',
      levels: [
        { level: 1, description: 'Memahami konsep literasi dan numerasi dasar.', indicators: ['Melaksanakan kegiatan membaca rutin di kelas.', 'Mengenali peserta didik yang belum lancar membaca atau berhitung.'] },
        { level: 2, description: 'Menerapkan strategi literasi dan numerasi dalam pembelajaran secara mandiri.', indicators: ['Menggunakan bacaan bertingkat sesuai kemampuan peserta didik.', 'Mengaitkan numerasi dengan konteks kehidupan sehari-hari.'] },
        { level: 3, description: 'Merancang program literasi dan numerasi di sekolah.', indicators: ['Menyusun program pendampingan peserta didik yang tertinggal.', 'Menganalisis hasil Asesmen Kompetensi Minimum untuk tindak lanjut.'] },
        { level: 4, description: 'Mengevaluasi program literasi dan numerasi di tingkat sekolah atau kota.', indicators: ['Mengevaluasi gerakan literasi sekolah.', 'Menyusun intervensi bagi sekolah dengan capaian rendah.'] },
        { level: 5, description: 'Merumuskan strategi peningkatan literasi dan numerasi daerah.', indicators: ['Merancang gerakan literasi tingkat kota bersama perpustakaan daerah.', 'Menjadi rujukan praktik baik literasi dan numerasi.'] },
      ],
    },
  ],
};

const TEKNIS_TIK: CompetencyGroupSeed = {
  code: 'T.TIK',
  name: 'Teknologi Informasi dan Komunikasi',
  kind: CompetencyKind.TEKNIS,
  field: 'TIK',
  competencies: [
    {
      code: 'T.TIK.01',
      name: 'Tata Kelola SPBE',
      definition:
        'Kemampuan menerapkan tata kelola Sistem Pemerintahan Berbasis Elektronik sesuai Perpres 95/2018, termasuk kebijakan internal, kelembagaan, dan evaluasi SPBE.',
      levels: [
        { level: 1, description: 'Memahami konsep dan domain SPBE.', indicators: ['Menjelaskan domain dan aspek penilaian SPBE.', 'Mengumpulkan dokumen bukti dukung evaluasi SPBE.'] },
        { level: 2, description: 'Melaksanakan kegiatan tata kelola SPBE secara mandiri.', indicators: ['Menyusun draf kebijakan internal SPBE.', 'Mengisi penilaian mandiri evaluasi SPBE.'] },
        { level: 3, description: 'Menganalisis capaian SPBE dan menyusun rencana perbaikan.', indicators: ['Menganalisis hasil evaluasi SPBE per indikator.', 'Menyusun rencana aksi peningkatan indeks SPBE.'] },
        { level: 4, description: 'Mengelola tata kelola SPBE tingkat pemerintah daerah.', indicators: ['Mengoordinasikan Tim Koordinasi SPBE daerah.', 'Memastikan keselarasan SPBE dengan perencanaan daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan dan strategi SPBE daerah.', indicators: ['Menetapkan peta rencana SPBE daerah.', 'Menjadi rujukan tata kelola SPBE bagi daerah lain.'] },
      ],
    },
    {
      code: 'T.TIK.02',
      name: 'Arsitektur SPBE',
      definition: 'Kemampuan menyusun dan memelihara arsitektur SPBE daerah yang memetakan proses bisnis, data, aplikasi, infrastruktur, dan keamanan.',
      levels: [
        { level: 1, description: 'Memahami komponen arsitektur SPBE.', indicators: ['Mengenali referensi arsitektur SPBE nasional.', 'Mengumpulkan data inventaris aplikasi dan layanan.'] },
        { level: 2, description: 'Memetakan proses bisnis dan aplikasi secara mandiri.', indicators: ['Memodelkan proses bisnis layanan dengan notasi standar.', 'Memetakan aplikasi ke proses bisnis.'] },
        { level: 3, description: 'Menganalisis kesenjangan arsitektur dan mengusulkan perbaikan.', indicators: ['Mengidentifikasi aplikasi yang tumpang tindih.', 'Menyusun usulan arsitektur target.'] },
        { level: 4, description: 'Menyusun dan mengevaluasi arsitektur SPBE daerah.', indicators: ['Menyusun dokumen arsitektur SPBE daerah.', 'Mengevaluasi kepatuhan usulan aplikasi terhadap arsitektur.'] },
        { level: 5, description: 'Merumuskan arsitektur enterprise pemerintah daerah yang terintegrasi dengan arsitektur nasional.', indicators: ['Menyelaraskan arsitektur daerah dengan arsitektur SPBE nasional.', 'Menjadi rujukan penyusunan arsitektur bagi daerah lain.'] },
      ],
    },
    {
      code: 'T.TIK.03',
      name: 'Pengembangan Aplikasi',
      definition: 'Kemampuan menganalisis kebutuhan, merancang, membangun, menguji, dan memelihara aplikasi layanan pemerintahan.',
      levels: [
        { level: 1, description: 'Memahami siklus pengembangan perangkat lunak dan membantu pengujian.', indicators: ['Melakukan uji fungsi aplikasi sesuai skenario.', 'Mendokumentasikan temuan galat.'] },
        { level: 2, description: 'Membangun modul aplikasi secara mandiri sesuai spesifikasi.', indicators: ['Menulis kode yang terdokumentasi dan menggunakan kontrol versi.', 'Membuat antarmuka aplikasi yang mudah digunakan.'] },
        { level: 3, description: 'Merancang aplikasi dan memimpin tim pengembang kecil.', indicators: ['Menyusun spesifikasi kebutuhan perangkat lunak.', 'Menerapkan praktik pengembangan aman.'] },
        { level: 4, description: 'Mengelola portofolio dan standar pengembangan aplikasi daerah.', indicators: ['Menetapkan standar pengembangan dan keamanan aplikasi.', 'Melakukan tinjauan arsitektur aplikasi.'] },
        { level: 5, description: 'Merumuskan strategi aplikasi daerah yang terintegrasi dengan aplikasi umum nasional.', indicators: ['Merancang strategi konsolidasi aplikasi daerah.', 'Menjadi rujukan pengembangan aplikasi pemerintahan.'] },
      ],
    },
    {
      code: 'T.TIK.04',
      name: 'Manajemen Basis Data dan Interoperabilitas',
      definition: 'Kemampuan mengelola basis data dan layanan berbagi pakai data antarsistem sesuai prinsip Satu Data Indonesia.',
      levels: [
        { level: 1, description: 'Memahami konsep basis data dan melakukan kueri sederhana.', indicators: ['Menjalankan kueri SQL sederhana.', 'Melakukan pencadangan basis data sesuai jadwal.'] },
        { level: 2, description: 'Mengelola basis data dan antarmuka pemrograman aplikasi (API) secara mandiri.', indicators: ['Merancang skema basis data sederhana.', 'Membuat dan mendokumentasikan API pertukaran data.'] },
        { level: 3, description: 'Menganalisis kebutuhan integrasi data antaraplikasi.', indicators: ['Merancang integrasi data antara aplikasi perangkat daerah.', 'Menerapkan standar data dan metadata.'] },
        { level: 4, description: 'Mengelola interoperabilitas data tingkat pemerintah daerah.', indicators: ['Mengelola layanan penghubung data daerah.', 'Mengevaluasi kualitas data lintas perangkat daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan Satu Data dan interoperabilitas daerah.', indicators: ['Menetapkan kebijakan berbagi pakai data daerah.', 'Mengintegrasikan data daerah dengan sistem nasional.'] },
      ],
    },
    {
      code: 'T.TIK.05',
      name: 'Infrastruktur Jaringan dan Pusat Data',
      definition: 'Kemampuan merancang, mengoperasikan, dan memelihara jaringan intra pemerintah, server, dan pusat data daerah.',
      levels: [
        { level: 1, description: 'Memahami komponen jaringan dan melakukan perawatan dasar.', indicators: ['Memasang dan memeriksa kabel jaringan.', 'Memantau status perangkat jaringan.'] },
        { level: 2, description: 'Mengonfigurasi dan memelihara perangkat jaringan secara mandiri.', indicators: ['Mengonfigurasi router, switch, dan titik akses.', 'Menangani gangguan jaringan di perangkat daerah.'] },
        { level: 3, description: 'Merancang topologi jaringan dan mengelola kapasitas.', indicators: ['Merancang jaringan untuk kantor kecamatan dan kelurahan.', 'Menganalisis kapasitas bandwidth.'] },
        { level: 4, description: 'Mengelola pusat data dan jaringan intra pemerintah daerah.', indicators: ['Menyusun rencana kapasitas dan ketersediaan pusat data.', 'Menyusun rencana pemulihan bencana TIK.'] },
        { level: 5, description: 'Merumuskan strategi infrastruktur TIK daerah.', indicators: ['Merancang migrasi ke Pusat Data Nasional.', 'Menetapkan standar infrastruktur TIK daerah.'] },
      ],
    },
    {
      code: 'T.TIK.06',
      name: 'Keamanan Informasi dan Persandian',
      definition: 'Kemampuan melindungi kerahasiaan, keutuhan, dan ketersediaan informasi serta menyelenggarakan persandian dan penanganan insiden siber.',
      levels: [
        { level: 1, description: 'Memahami prinsip keamanan informasi dan persandian.', indicators: ['Menerapkan klasifikasi informasi.', 'Menggunakan sertifikat elektronik untuk tanda tangan dokumen.'] },
        { level: 2, description: 'Melaksanakan kendali keamanan secara mandiri.', indicators: ['Melakukan pemindaian kerentanan dasar.', 'Mengelola akun dan hak akses aplikasi.'] },
        { level: 3, description: 'Menganalisis risiko keamanan dan menangani insiden.', indicators: ['Melakukan analisis risiko keamanan informasi.', 'Menangani insiden siber sebagai anggota tim tanggap insiden siber (CSIRT).'] },
        { level: 4, description: 'Mengelola sistem manajemen keamanan informasi daerah.', indicators: ['Menerapkan sistem manajemen keamanan informasi berbasis ISO/IEC 27001.', 'Melakukan audit keamanan aplikasi.'] },
        { level: 5, description: 'Merumuskan kebijakan keamanan siber dan persandian daerah.', indicators: ['Menetapkan kebijakan keamanan SPBE daerah.', 'Membangun kerja sama keamanan siber dengan BSSN.'] },
      ],
    },
    {
      code: 'T.TIK.07',
      name: 'Manajemen Layanan TI',
      definition: 'Kemampuan mengelola layanan TI bagi pengguna internal dan masyarakat, meliputi helpdesk, insiden, perubahan, dan tingkat layanan.',
      levels: [
        { level: 1, description: 'Menerima dan mencatat permintaan layanan TI.', indicators: ['Mencatat tiket permintaan layanan.', 'Menyelesaikan permintaan sederhana.'] },
        { level: 2, description: 'Menangani insiden dan permintaan layanan secara mandiri.', indicators: ['Menyelesaikan insiden sesuai tingkat layanan.', 'Mengeskalasi masalah yang kompleks.'] },
        { level: 3, description: 'Menganalisis kinerja layanan TI dan masalah berulang.', indicators: ['Menganalisis akar masalah insiden berulang.', 'Menyusun katalog layanan TI.'] },
        { level: 4, description: 'Mengelola manajemen layanan TI tingkat daerah.', indicators: ['Menetapkan perjanjian tingkat layanan.', 'Mengelola manajemen perubahan dan rilis.'] },
        { level: 5, description: 'Merumuskan kebijakan manajemen layanan SPBE daerah.', indicators: ['Merancang layanan TI terpadu lintas perangkat daerah.', 'Menetapkan kerangka manajemen layanan berbasis praktik terbaik.'] },
      ],
    },
    {
      code: 'T.TIK.08',
      name: 'Statistik Sektoral dan Analisis Data',
      definition: 'Kemampuan mengumpulkan, mengolah, menganalisis, dan menyajikan statistik sektoral daerah sesuai kaidah statistik dan prinsip Satu Data.',
      levels: [
        { level: 1, description: 'Mengumpulkan dan menginput data statistik sesuai format.', indicators: ['Mengumpulkan data dari perangkat daerah.', 'Memeriksa kelengkapan data.'] },
        { level: 2, description: 'Mengolah data dan menyajikan statistik deskriptif secara mandiri.', indicators: ['Menyusun tabel dan grafik statistik.', 'Menyusun publikasi data sektoral sederhana.'] },
        { level: 3, description: 'Menganalisis data untuk mendukung perencanaan dan kebijakan.', indicators: ['Melakukan analisis tren dan perbandingan antarwilayah.', 'Membangun dasbor data untuk pimpinan.'] },
        { level: 4, description: 'Mengelola penyelenggaraan statistik sektoral daerah.', indicators: ['Mengoordinasikan walidata dan produsen data.', 'Menerapkan standar metadata statistik bersama BPS.'] },
        { level: 5, description: 'Merumuskan kebijakan data dan analitik daerah.', indicators: ['Merancang pemanfaatan analitik lanjut untuk kebijakan.', 'Menjadi rujukan statistik sektoral daerah.'] },
      ],
    },
    {
      code: 'T.TIK.09',
      name: 'Pengelolaan Informasi dan Dokumentasi Publik',
      definition: 'Kemampuan mengelola layanan informasi publik sesuai UU 14/2008 tentang Keterbukaan Informasi Publik melalui PPID.',
      levels: [
        { level: 1, description: 'Memahami jenis informasi publik dan alur layanan PPID.', indicators: ['Mencatat permohonan informasi.', 'Mengunggah informasi berkala ke laman PPID.'] },
        { level: 2, description: 'Melayani permohonan informasi secara mandiri.', indicators: ['Menanggapi permohonan informasi sesuai tenggat waktu.', 'Memutakhirkan daftar informasi publik.'] },
        { level: 3, description: 'Menganalisis pengecualian informasi dan menangani keberatan.', indicators: ['Menyusun uji konsekuensi informasi yang dikecualikan.', 'Menangani keberatan pemohon informasi.'] },
        { level: 4, description: 'Mengelola layanan PPID tingkat pemerintah daerah.', indicators: ['Membina PPID pembantu di perangkat daerah.', 'Menghadapi sengketa informasi di Komisi Informasi.'] },
        { level: 5, description: 'Merumuskan kebijakan keterbukaan informasi daerah.', indicators: ['Menetapkan kebijakan keterbukaan informasi dan data terbuka.', 'Menjadi rujukan praktik baik keterbukaan informasi.'] },
      ],
    },
    {
      code: 'T.TIK.10',
      name: 'Komunikasi Publik dan Pengelolaan Media',
      definition: 'Kemampuan merancang dan melaksanakan komunikasi publik pemerintah daerah melalui media massa, media sosial, dan kanal digital.',
      levels: [
        { level: 1, description: 'Membantu produksi dan penyebaran konten komunikasi publik.', indicators: ['Mendokumentasikan kegiatan pimpinan.', 'Mengunggah konten ke kanal resmi.'] },
        { level: 2, description: 'Memproduksi konten dan siaran pers secara mandiri.', indicators: ['Menulis siaran pers.', 'Mengelola akun media sosial resmi.'] },
        { level: 3, description: 'Menganalisis opini publik dan merancang konten komunikasi.', indicators: ['Melakukan pemantauan dan analisis media.', 'Merancang kalender konten tematik.'] },
        { level: 4, description: 'Mengelola strategi komunikasi publik pemerintah daerah.', indicators: ['Mengelola komunikasi krisis.', 'Mengoordinasikan humas perangkat daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan komunikasi publik daerah.', indicators: ['Menetapkan strategi komunikasi pemerintah kota.', 'Membangun kemitraan strategis dengan media.'] },
      ],
    },
    {
      code: 'T.TIK.11',
      name: 'Komputasi Awan dan Layanan Infrastruktur Digital',
      definition: 'Kemampuan memanfaatkan dan mengelola layanan komputasi awan, virtualisasi, dan kontainer untuk menjalankan aplikasi pemerintahan.',
      levels: [
        { level: 1, description: 'Memahami konsep komputasi awan dan model layanannya.', indicators: ['Menjelaskan perbedaan IaaS, PaaS, dan SaaS.', 'Mengakses konsol layanan awan sesuai hak akses.'] },
        { level: 2, description: 'Mengoperasikan mesin virtual dan layanan awan secara mandiri.', indicators: ['Menyiapkan mesin virtual dan penyimpanan.', 'Menerapkan aplikasi dalam kontainer.'] },
        { level: 3, description: 'Merancang penempatan aplikasi di lingkungan awan.', indicators: ['Merancang arsitektur aplikasi yang tangguh di awan.', 'Menganalisis biaya dan kinerja layanan awan.'] },
        { level: 4, description: 'Mengelola migrasi dan operasional layanan awan daerah.', indicators: ['Menyusun rencana migrasi aplikasi ke Pusat Data Nasional.', 'Menetapkan prosedur operasional dan pemantauan.'] },
        { level: 5, description: 'Merumuskan strategi komputasi awan pemerintah daerah.', indicators: ['Menetapkan kebijakan pemanfaatan awan daerah.', 'Menyelaraskan strategi awan dengan kebijakan nasional.'] },
      ],
    },
    {
      code: 'T.TIK.12',
      name: 'Manajemen Proyek TIK',
      definition: 'Kemampuan merencanakan, melaksanakan, memantau, dan menutup proyek TIK agar sesuai lingkup, waktu, biaya, dan mutu.',
      levels: [
        { level: 1, description: 'Memahami siklus proyek dan membantu administrasi proyek.', indicators: ['Mencatat notulen dan tindak lanjut rapat proyek.', 'Memperbarui jadwal proyek.'] },
        { level: 2, description: 'Mengelola paket pekerjaan proyek secara mandiri.', indicators: ['Menyusun rencana kerja paket pekerjaan.', 'Memantau kemajuan pekerjaan penyedia.'] },
        { level: 3, description: 'Memimpin proyek TIK berskala unit.', indicators: ['Menyusun kerangka acuan kerja proyek TIK.', 'Mengelola risiko dan perubahan lingkup.'] },
        { level: 4, description: 'Mengelola portofolio proyek TIK daerah.', indicators: ['Memprioritaskan proyek berdasarkan manfaat.', 'Mengevaluasi keberhasilan proyek.'] },
        { level: 5, description: 'Merumuskan kebijakan manajemen proyek dan investasi TIK daerah.', indicators: ['Menetapkan kerangka tata kelola investasi TIK.', 'Menjadi rujukan manajemen proyek TIK pemerintahan.'] },
      ],
    },
  ],
};

const TEKNIS_PEKERJAAN_UMUM: CompetencyGroupSeed = {
  code: 'T.PU',
  name: 'Pekerjaan Umum dan Penataan Ruang',
  kind: CompetencyKind.TEKNIS,
  field: 'PEKERJAAN_UMUM',
  competencies: [
    {
      code: 'T.PU.01',
      name: 'Perencanaan Teknis Jalan dan Jembatan',
      definition: 'Kemampuan melakukan survei, perencanaan teknis, dan pemeliharaan jalan dan jembatan kota sesuai standar teknis.',
      levels: [
        { level: 1, description: 'Melaksanakan survei kondisi jalan dengan bimbingan.', indicators: ['Mengisi formulir survei kondisi jalan.', 'Mendokumentasikan kerusakan jalan.'] },
        { level: 2, description: 'Menyusun perencanaan teknis sederhana secara mandiri.', indicators: ['Menghitung volume pekerjaan pemeliharaan.', 'Menggambar detail teknis dengan perangkat lunak CAD.'] },
        { level: 3, description: 'Menganalisis kondisi jaringan jalan dan merancang penanganan.', indicators: ['Menyusun prioritas penanganan jalan berdasarkan data kondisi.', 'Merancang perkerasan jalan.'] },
        { level: 4, description: 'Mengevaluasi program jalan dan jembatan tingkat kota.', indicators: ['Mengevaluasi kemantapan jalan kota.', 'Menyusun rencana induk jaringan jalan.'] },
        { level: 5, description: 'Merumuskan kebijakan infrastruktur jalan daerah.', indicators: ['Menetapkan strategi pembiayaan jalan.', 'Memadukan rencana jalan kota dengan jaringan provinsi dan nasional.'] },
      ],
    },
    {
      code: 'T.PU.02',
      name: 'Pengelolaan Drainase dan Pengendalian Banjir',
      definition: 'Kemampuan merencanakan, membangun, dan memelihara sistem drainase perkotaan, kolam retensi, dan pengendalian banjir di kawasan rawa dan anak Sungai Musi.',
      levels: [
        { level: 1, description: 'Melaksanakan pemeliharaan saluran drainase dengan bimbingan.', indicators: ['Mengidentifikasi saluran yang tersumbat.', 'Mencatat titik genangan.'] },
        { level: 2, description: 'Merencanakan perbaikan drainase lingkungan secara mandiri.', indicators: ['Menghitung dimensi saluran sederhana.', 'Menyusun rencana normalisasi saluran.'] },
        { level: 3, description: 'Menganalisis sistem drainase dan risiko banjir kawasan.', indicators: ['Melakukan analisis hidrologi dan hidrolika.', 'Merancang kolam retensi.'] },
        { level: 4, description: 'Mengevaluasi sistem drainase kota.', indicators: ['Menyusun rencana induk drainase.', 'Mengevaluasi kinerja pompa dan pintu air.'] },
        { level: 5, description: 'Merumuskan kebijakan pengendalian banjir kota.', indicators: ['Menetapkan strategi kota tahan banjir.', 'Membangun kerja sama pengelolaan daerah aliran sungai.'] },
      ],
    },
    {
      code: 'T.PU.03',
      name: 'Penataan Ruang dan Pengendalian Pemanfaatan Ruang',
      definition: 'Kemampuan menyusun rencana tata ruang, menilai kesesuaian kegiatan pemanfaatan ruang, dan mengendalikan pelanggaran tata ruang.',
      levels: [
        { level: 1, description: 'Memahami rencana tata ruang dan peta zonasi.', indicators: ['Membaca peta RTRW dan RDTR.', 'Membantu peninjauan lapangan.'] },
        { level: 2, description: 'Memeriksa kesesuaian kegiatan pemanfaatan ruang secara mandiri.', indicators: ['Memeriksa permohonan KKPR melalui sistem OSS.', 'Menyusun berita acara peninjauan lapangan.'] },
        { level: 3, description: 'Menganalisis pemanfaatan ruang dan pelanggarannya.', indicators: ['Menganalisis perubahan penggunaan lahan.', 'Menyusun rekomendasi penertiban.'] },
        { level: 4, description: 'Mengelola penyusunan dan peninjauan kembali rencana tata ruang.', indicators: ['Mengoordinasikan penyusunan RDTR.', 'Mengevaluasi pelaksanaan RTRW.'] },
        { level: 5, description: 'Merumuskan kebijakan penataan ruang kota.', indicators: ['Menetapkan arah pengembangan struktur ruang kota.', 'Menyelaraskan tata ruang kota dengan tata ruang provinsi dan nasional.'] },
      ],
    },
    {
      code: 'T.PU.04',
      name: 'Penyelenggaraan Bangunan Gedung',
      definition: 'Kemampuan memeriksa dokumen teknis, menerbitkan persetujuan bangunan gedung (PBG) dan sertifikat laik fungsi (SLF), serta mengawasi keandalan bangunan.',
      levels: [
        { level: 1, description: 'Memahami persyaratan teknis bangunan gedung.', indicators: ['Memeriksa kelengkapan dokumen permohonan PBG.', 'Membantu inspeksi bangunan.'] },
        { level: 2, description: 'Memeriksa dokumen teknis secara mandiri melalui SIMBG.', indicators: ['Memeriksa gambar arsitektur dan struktur sederhana.', 'Menghitung retribusi PBG.'] },
        { level: 3, description: 'Menilai keandalan bangunan gedung.', indicators: ['Menilai keandalan struktur dan proteksi kebakaran.', 'Menyusun rekomendasi SLF.'] },
        { level: 4, description: 'Mengelola penyelenggaraan bangunan gedung tingkat kota.', indicators: ['Mengoordinasikan Tim Profesi Ahli.', 'Mengevaluasi kinerja layanan PBG.'] },
        { level: 5, description: 'Merumuskan kebijakan bangunan gedung daerah.', indicators: ['Menetapkan kebijakan bangunan gedung hijau.', 'Menyusun peraturan daerah tentang bangunan gedung.'] },
      ],
    },
    {
      code: 'T.PU.05',
      name: 'Pengawasan dan Pengendalian Mutu Konstruksi',
      definition: 'Kemampuan mengawasi pelaksanaan pekerjaan konstruksi agar sesuai kontrak, spesifikasi teknis, mutu, waktu, dan biaya.',
      levels: [
        { level: 1, description: 'Membantu pengawasan lapangan dengan bimbingan.', indicators: ['Mengisi laporan harian pekerjaan.', 'Mendokumentasikan kemajuan pekerjaan.'] },
        { level: 2, description: 'Mengawasi pekerjaan konstruksi sederhana secara mandiri.', indicators: ['Memeriksa volume dan mutu pekerjaan.', 'Menyusun laporan mingguan.'] },
        { level: 3, description: 'Mengendalikan mutu dan menangani perubahan pekerjaan.', indicators: ['Menguji mutu material.', 'Menyusun justifikasi teknis perubahan kontrak.'] },
        { level: 4, description: 'Mengelola pengendalian proyek konstruksi tingkat kota.', indicators: ['Mengevaluasi kinerja penyedia jasa konstruksi.', 'Menangani proyek kritis.'] },
        { level: 5, description: 'Merumuskan kebijakan mutu konstruksi daerah.', indicators: ['Menetapkan sistem manajemen mutu konstruksi.', 'Menjadi rujukan penyelesaian masalah konstruksi.'] },
      ],
    },
    {
      code: 'T.PU.06',
      name: 'Estimasi Biaya dan Dokumen Pengadaan Konstruksi',
      definition: 'Kemampuan menyusun rencana anggaran biaya, analisis harga satuan, harga perkiraan sendiri, dan dokumen pemilihan pekerjaan konstruksi.',
      levels: [
        { level: 1, description: 'Memahami komponen biaya konstruksi.', indicators: ['Mengumpulkan data harga bahan dan upah.', 'Menghitung volume pekerjaan sederhana.'] },
        { level: 2, description: 'Menyusun rencana anggaran biaya secara mandiri.', indicators: ['Menyusun analisis harga satuan pekerjaan.', 'Menyusun harga perkiraan sendiri (HPS).'] },
        { level: 3, description: 'Menganalisis kewajaran biaya dan menyusun dokumen pemilihan.', indicators: ['Menyusun spesifikasi teknis dan kerangka acuan kerja.', 'Menilai kewajaran penawaran.'] },
        { level: 4, description: 'Mengevaluasi standar biaya konstruksi daerah.', indicators: ['Menyusun standar harga satuan kota.', 'Mengevaluasi efisiensi biaya proyek.'] },
        { level: 5, description: 'Merumuskan kebijakan pembiayaan dan pengadaan konstruksi daerah.', indicators: ['Merancang skema kerja sama pemerintah dan badan usaha.', 'Menetapkan kebijakan standar biaya konstruksi.'] },
      ],
    },
    {
      code: 'T.PU.07',
      name: 'Air Minum dan Sanitasi',
      definition: 'Kemampuan merencanakan dan mengelola sistem penyediaan air minum (SPAM) serta sistem pengelolaan air limbah domestik (SPALD).',
      levels: [
        { level: 1, description: 'Memahami sistem air minum dan sanitasi.', indicators: ['Mendata sarana air minum dan sanitasi.', 'Membantu survei rumah tangga.'] },
        { level: 2, description: 'Merencanakan sarana air minum dan sanitasi skala lingkungan secara mandiri.', indicators: ['Merancang IPAL komunal.', 'Mendampingi kelompok pengelola sarana.'] },
        { level: 3, description: 'Menganalisis cakupan dan kinerja layanan.', indicators: ['Menganalisis capaian SPM air minum.', 'Menyusun program layanan lumpur tinja terjadwal.'] },
        { level: 4, description: 'Mengevaluasi sistem air minum dan sanitasi kota.', indicators: ['Menyusun rencana induk SPAM.', 'Mengevaluasi kinerja BUMD air minum.'] },
        { level: 5, description: 'Merumuskan kebijakan air minum dan sanitasi daerah.', indicators: ['Menetapkan strategi sanitasi kota.', 'Merancang skema investasi air minum.'] },
      ],
    },
    {
      code: 'T.PU.08',
      name: 'Perumahan dan Penanganan Permukiman Kumuh',
      definition: 'Kemampuan mendata, merencanakan, dan menangani perumahan tidak layak huni serta kawasan permukiman kumuh, termasuk permukiman tepian sungai.',
      levels: [
        { level: 1, description: 'Mendata rumah tidak layak huni dengan bimbingan.', indicators: ['Mengisi formulir pendataan rumah.', 'Mendokumentasikan kondisi permukiman.'] },
        { level: 2, description: 'Memverifikasi dan merencanakan bantuan perumahan secara mandiri.', indicators: ['Memverifikasi calon penerima bantuan.', 'Menyusun rencana anggaran biaya bedah rumah.'] },
        { level: 3, description: 'Menganalisis kawasan kumuh dan merancang penanganannya.', indicators: ['Menghitung tingkat kekumuhan kawasan.', 'Menyusun rencana penataan kawasan.'] },
        { level: 4, description: 'Mengelola program perumahan dan permukiman kota.', indicators: ['Menyusun rencana pencegahan dan peningkatan kualitas permukiman kumuh.', 'Mengevaluasi program perumahan.'] },
        { level: 5, description: 'Merumuskan kebijakan perumahan dan kawasan permukiman daerah.', indicators: ['Menetapkan kebijakan hunian terjangkau.', 'Membangun kolaborasi pembiayaan perumahan.'] },
      ],
    },
    {
      code: 'T.PU.09',
      name: 'Pemetaan dan Sistem Informasi Geografis',
      definition: 'Kemampuan mengumpulkan, mengolah, menganalisis, dan menyajikan data geospasial untuk perencanaan dan pengelolaan infrastruktur.',
      levels: [
        { level: 1, description: 'Mengumpulkan data lokasi dan membaca peta.', indicators: ['Mengambil titik koordinat dengan GPS.', 'Membaca peta dasar.'] },
        { level: 2, description: 'Mengolah data spasial secara mandiri.', indicators: ['Mendigitasi peta dengan aplikasi SIG.', 'Menyusun peta tematik.'] },
        { level: 3, description: 'Melakukan analisis spasial untuk kebutuhan unit.', indicators: ['Melakukan analisis tumpang susun dan jangkauan layanan.', 'Membangun basis data spasial.'] },
        { level: 4, description: 'Mengelola simpul jaringan informasi geospasial daerah.', indicators: ['Mengelola geoportal daerah.', 'Menerapkan standar data geospasial.'] },
        { level: 5, description: 'Merumuskan kebijakan informasi geospasial daerah.', indicators: ['Menetapkan kebijakan Satu Peta daerah.', 'Menjadi rujukan pemanfaatan data geospasial.'] },
      ],
    },
    {
      code: 'T.PU.10',
      name: 'Keselamatan Konstruksi',
      definition: 'Kemampuan menerapkan Sistem Manajemen Keselamatan Konstruksi (SMKK) untuk mencegah kecelakaan kerja dan kegagalan bangunan.',
      levels: [
        { level: 1, description: 'Memahami prinsip keselamatan konstruksi.', indicators: ['Menggunakan alat pelindung diri di lapangan.', 'Mengenali bahaya di lokasi kerja.'] },
        { level: 2, description: 'Menerapkan prosedur keselamatan secara mandiri.', indicators: ['Melakukan inspeksi keselamatan harian.', 'Melaporkan kecelakaan dan kejadian hampir celaka.'] },
        { level: 3, description: 'Menganalisis risiko keselamatan proyek.', indicators: ['Menyusun identifikasi bahaya dan penilaian risiko.', 'Menilai Rencana Keselamatan Konstruksi dari penyedia.'] },
        { level: 4, description: 'Mengelola penerapan SMKK tingkat organisasi.', indicators: ['Mengevaluasi penerapan SMKK pada proyek kota.', 'Menyelidiki kecelakaan konstruksi.'] },
        { level: 5, description: 'Merumuskan kebijakan keselamatan konstruksi daerah.', indicators: ['Menetapkan standar keselamatan konstruksi kota.', 'Menjadi rujukan investigasi kegagalan bangunan.'] },
      ],
    },
    {
      code: 'T.PU.11',
      name: 'Pembinaan Jasa Konstruksi',
      definition: 'Kemampuan membina penyedia dan tenaga kerja jasa konstruksi, termasuk sertifikasi, tertib usaha, dan tertib penyelenggaraan.',
      levels: [
        { level: 1, description: 'Memahami ketentuan jasa konstruksi.', indicators: ['Mendata badan usaha jasa konstruksi lokal.', 'Membantu pelaksanaan pelatihan tenaga kerja konstruksi.'] },
        { level: 2, description: 'Melaksanakan pembinaan jasa konstruksi secara mandiri.', indicators: ['Memfasilitasi sertifikasi kompetensi tenaga kerja konstruksi.', 'Memantau tertib usaha jasa konstruksi.'] },
        { level: 3, description: 'Menganalisis kinerja pasar jasa konstruksi lokal.', indicators: ['Menganalisis kapasitas penyedia jasa lokal.', 'Menyusun program peningkatan kapasitas.'] },
        { level: 4, description: 'Mengelola pembinaan jasa konstruksi tingkat kota.', indicators: ['Mengevaluasi tertib penyelenggaraan jasa konstruksi.', 'Menyusun sistem informasi jasa konstruksi.'] },
        { level: 5, description: 'Merumuskan kebijakan pembinaan jasa konstruksi daerah.', indicators: ['Menetapkan strategi pengembangan industri konstruksi lokal.', 'Membangun kerja sama dengan asosiasi dan perguruan tinggi.'] },
      ],
    },
  ],
};

const TEKNIS_KEUANGAN: CompetencyGroupSeed = {
  code: 'T.KEU',
  name: 'Keuangan dan Aset Daerah',
  kind: CompetencyKind.TEKNIS,
  field: 'KEUANGAN',
  competencies: [
    {
      code: 'T.KEU.01',
      name: 'Perencanaan dan Penganggaran Daerah',
      definition: 'Kemampuan menyusun rencana kerja dan anggaran perangkat daerah serta APBD sesuai ketentuan pengelolaan keuangan daerah melalui SIPD.',
      levels: [
        { level: 1, description: 'Memahami siklus perencanaan dan penganggaran daerah.', indicators: ['Menginput usulan kegiatan ke SIPD sesuai arahan.', 'Memahami klasifikasi, kodefikasi, dan nomenklatur anggaran.'] },
        { level: 2, description: 'Menyusun rencana kerja dan anggaran secara mandiri.', indicators: ['Menyusun RKA perangkat daerah.', 'Menggunakan standar harga satuan dan analisis standar belanja.'] },
        { level: 3, description: 'Menganalisis keselarasan perencanaan dan penganggaran.', indicators: ['Memastikan keselarasan program dengan RPJMD dan Renstra.', 'Menyusun anggaran berbasis kinerja.'] },
        { level: 4, description: 'Mengelola penyusunan APBD tingkat pemerintah daerah.', indicators: ['Mengoordinasikan Tim Anggaran Pemerintah Daerah.', 'Mengevaluasi rancangan APBD dan perubahannya.'] },
        { level: 5, description: 'Merumuskan kebijakan umum anggaran daerah.', indicators: ['Menyusun kebijakan umum APBD serta prioritas dan plafon anggaran.', 'Menjaga kesinambungan fiskal daerah.'] },
      ],
    },
    {
      code: 'T.KEU.02',
      name: 'Penatausahaan Keuangan Daerah',
      definition: 'Kemampuan melaksanakan penatausahaan penerimaan dan pengeluaran daerah, termasuk tugas bendahara, verifikasi, dan pencairan dana.',
      levels: [
        { level: 1, description: 'Memahami dokumen penatausahaan keuangan daerah.', indicators: ['Mengarsipkan bukti transaksi.', 'Mengisi buku kas umum sesuai arahan.'] },
        { level: 2, description: 'Melaksanakan penatausahaan secara mandiri.', indicators: ['Menyusun SPP dan SPM di SIPD.', 'Memungut dan menyetor pajak atas belanja.'] },
        { level: 3, description: 'Memverifikasi dan mengendalikan penatausahaan di perangkat daerah.', indicators: ['Memverifikasi kelengkapan dan keabsahan tagihan.', 'Menyusun laporan pertanggungjawaban bendahara.'] },
        { level: 4, description: 'Mengelola penatausahaan kas daerah.', indicators: ['Menerbitkan SP2D dan mengelola kas daerah.', 'Mengevaluasi penyerapan anggaran.'] },
        { level: 5, description: 'Merumuskan kebijakan pengelolaan kas dan penatausahaan daerah.', indicators: ['Menerapkan transaksi nontunai dan kartu kredit pemerintah daerah.', 'Menetapkan kebijakan manajemen kas.'] },
      ],
    },
    {
      code: 'T.KEU.03',
      name: 'Akuntansi dan Pelaporan Keuangan Daerah',
      definition: 'Kemampuan menyusun laporan keuangan pemerintah daerah berbasis akrual sesuai Standar Akuntansi Pemerintahan.',
      levels: [
        { level: 1, description: 'Memahami dasar akuntansi pemerintahan.', indicators: ['Mengklasifikasikan transaksi sesuai bagan akun standar.', 'Menginput jurnal sesuai arahan.'] },
        { level: 2, description: 'Menyusun jurnal dan laporan keuangan perangkat daerah secara mandiri.', indicators: ['Menyusun jurnal penyesuaian.', 'Menyusun laporan keuangan perangkat daerah.'] },
        { level: 3, description: 'Menganalisis laporan keuangan dan menyusun catatan atas laporan keuangan.', indicators: ['Melakukan rekonsiliasi kas, aset, dan pendapatan.', 'Menyusun catatan atas laporan keuangan.'] },
        { level: 4, description: 'Mengelola konsolidasi laporan keuangan pemerintah daerah.', indicators: ['Mengonsolidasikan laporan keuangan pemerintah daerah.', 'Menindaklanjuti temuan pemeriksaan BPK.'] },
        { level: 5, description: 'Merumuskan kebijakan akuntansi pemerintah daerah.', indicators: ['Menetapkan kebijakan akuntansi daerah.', 'Menjaga opini Wajar Tanpa Pengecualian.'] },
      ],
    },
    {
      code: 'T.KEU.04',
      name: 'Pengelolaan Barang Milik Daerah',
      definition: 'Kemampuan mengelola barang milik daerah mulai dari perencanaan kebutuhan, penatausahaan, pemanfaatan, pengamanan, hingga penghapusan.',
      levels: [
        { level: 1, description: 'Memahami siklus pengelolaan barang milik daerah.', indicators: ['Memberi label kodefikasi barang.', 'Mencatat mutasi barang.'] },
        { level: 2, description: 'Melaksanakan penatausahaan barang secara mandiri.', indicators: ['Melakukan inventarisasi barang.', 'Menyusun laporan barang pengguna.'] },
        { level: 3, description: 'Menganalisis pemanfaatan dan pengamanan aset.', indicators: ['Menyusun rencana kebutuhan barang milik daerah.', 'Menyelesaikan masalah legalitas aset tanah.'] },
        { level: 4, description: 'Mengelola barang milik daerah tingkat pemerintah daerah.', indicators: ['Mengelola pemanfaatan aset melalui sewa atau kerja sama.', 'Mengoordinasikan penilaian aset.'] },
        { level: 5, description: 'Merumuskan kebijakan manajemen aset daerah.', indicators: ['Menetapkan strategi optimalisasi aset daerah.', 'Menetapkan kebijakan pemindahtanganan aset.'] },
      ],
    },
    {
      code: 'T.KEU.05',
      name: 'Pengelolaan Pajak Daerah',
      definition: 'Kemampuan melaksanakan pendataan, penetapan, penagihan, dan pelayanan pajak daerah, seperti PBB-P2, BPHTB, PBJT, pajak reklame, dan pajak air tanah.',
      levels: [
        { level: 1, description: 'Memahami jenis dan ketentuan pajak daerah.', indicators: ['Melayani pertanyaan wajib pajak.', 'Mendata objek pajak sesuai formulir.'] },
        { level: 2, description: 'Melaksanakan pelayanan dan penetapan pajak secara mandiri.', indicators: ['Memverifikasi SSPD BPHTB.', 'Menerbitkan ketetapan pajak.'] },
        { level: 3, description: 'Menganalisis potensi dan kepatuhan pajak.', indicators: ['Menganalisis potensi pajak restoran dan hotel dari data transaksi elektronik.', 'Menyusun rencana penagihan tunggakan.'] },
        { level: 4, description: 'Mengelola intensifikasi dan ekstensifikasi pajak daerah.', indicators: ['Mengevaluasi target dan realisasi pajak.', 'Menerapkan pemeriksaan pajak daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan pajak daerah.', indicators: ['Menyusun peraturan daerah tentang pajak dan retribusi.', 'Menetapkan strategi peningkatan pendapatan asli daerah.'] },
      ],
    },
    {
      code: 'T.KEU.06',
      name: 'Pengelolaan Retribusi Daerah',
      definition: 'Kemampuan mengelola pemungutan retribusi jasa umum, jasa usaha, dan perizinan tertentu secara akuntabel.',
      levels: [
        { level: 1, description: 'Memahami jenis retribusi dan tata cara pemungutannya.', indicators: ['Memungut retribusi sesuai tarif.', 'Mencatat penerimaan harian.'] },
        { level: 2, description: 'Melaksanakan pemungutan dan penyetoran retribusi secara mandiri.', indicators: ['Menyetor penerimaan tepat waktu.', 'Menggunakan pembayaran nontunai.'] },
        { level: 3, description: 'Menganalisis potensi dan kebocoran retribusi.', indicators: ['Menganalisis potensi retribusi parkir dan pasar.', 'Mengidentifikasi titik kebocoran.'] },
        { level: 4, description: 'Mengevaluasi pengelolaan retribusi tingkat kota.', indicators: ['Mengevaluasi tarif retribusi.', 'Menyusun sistem pemantauan retribusi.'] },
        { level: 5, description: 'Merumuskan kebijakan retribusi daerah.', indicators: ['Menetapkan kebijakan tarif yang adil.', 'Mengintegrasikan pemungutan retribusi secara elektronik.'] },
      ],
    },
    {
      code: 'T.KEU.07',
      name: 'Pengadaan Barang/Jasa Pemerintah',
      definition: 'Kemampuan melaksanakan pengadaan barang/jasa pemerintah sesuai Perpres 16/2018 dan perubahannya, mulai dari perencanaan, pemilihan penyedia, hingga pengelolaan kontrak.',
      levels: [
        { level: 1, description: 'Memahami prinsip dan etika pengadaan barang/jasa.', indicators: ['Menjelaskan prinsip dan etika pengadaan.', 'Mengumumkan rencana umum pengadaan di SiRUP.'] },
        { level: 2, description: 'Melaksanakan pengadaan langsung dan e-purchasing secara mandiri.', indicators: ['Melakukan pembelian melalui katalog elektronik.', 'Menyusun dokumen pengadaan langsung.'] },
        { level: 3, description: 'Melaksanakan tender dan mengelola kontrak.', indicators: ['Mengevaluasi penawaran pada tender melalui SPSE.', 'Menangani perubahan kontrak dan sanggahan.'] },
        { level: 4, description: 'Mengelola pengadaan barang/jasa tingkat pemerintah daerah.', indicators: ['Mengelola UKPBJ dan Pokja Pemilihan.', 'Mengevaluasi kinerja pengadaan.'] },
        { level: 5, description: 'Merumuskan kebijakan dan strategi pengadaan daerah.', indicators: ['Menerapkan konsolidasi pengadaan dan pembelian strategis.', 'Mendorong pemanfaatan produk dalam negeri dan usaha kecil.'] },
      ],
    },
    {
      code: 'T.KEU.08',
      name: 'Audit Intern Pemerintah',
      definition: 'Kemampuan melaksanakan audit, reviu, evaluasi, dan pemantauan atas penyelenggaraan pemerintahan daerah sesuai standar audit intern pemerintah.',
      levels: [
        { level: 1, description: 'Memahami standar dan prosedur audit intern.', indicators: ['Mengumpulkan dokumen audit.', 'Menyusun kertas kerja sesuai arahan.'] },
        { level: 2, description: 'Melaksanakan prosedur audit secara mandiri.', indicators: ['Melakukan pengujian bukti.', 'Menyusun temuan audit.'] },
        { level: 3, description: 'Memimpin penugasan audit dan menyusun laporan.', indicators: ['Menyusun program kerja audit.', 'Menyusun laporan hasil audit dan rekomendasi.'] },
        { level: 4, description: 'Mengendalikan mutu pengawasan intern.', indicators: ['Menyusun program kerja pengawasan tahunan berbasis risiko.', 'Mengendalikan mutu hasil pengawasan.'] },
        { level: 5, description: 'Merumuskan kebijakan pengawasan intern daerah.', indicators: ['Meningkatkan kapabilitas APIP.', 'Menjadi rujukan audit investigatif.'] },
      ],
    },
    {
      code: 'T.KEU.09',
      name: 'Reviu dan Evaluasi Akuntabilitas Kinerja',
      definition: 'Kemampuan melakukan reviu laporan keuangan dan evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP).',
      levels: [
        { level: 1, description: 'Memahami konsep reviu dan evaluasi SAKIP.', indicators: ['Mengumpulkan dokumen perencanaan kinerja.', 'Mengisi lembar kerja evaluasi.'] },
        { level: 2, description: 'Melaksanakan reviu dan evaluasi secara mandiri.', indicators: ['Mereviu laporan keuangan perangkat daerah.', 'Mengevaluasi keselarasan indikator kinerja.'] },
        { level: 3, description: 'Menganalisis akuntabilitas kinerja dan menyusun rekomendasi.', indicators: ['Menilai kualitas cascading kinerja.', 'Menyusun rekomendasi perbaikan SAKIP.'] },
        { level: 4, description: 'Mengelola evaluasi akuntabilitas kinerja tingkat pemerintah daerah.', indicators: ['Mengoordinasikan evaluasi SAKIP seluruh perangkat daerah.', 'Menyampaikan hasil evaluasi kepada pimpinan.'] },
        { level: 5, description: 'Merumuskan kebijakan akuntabilitas kinerja daerah.', indicators: ['Memadukan SAKIP dengan penganggaran dan SKP pegawai.', 'Menjadi rujukan evaluasi akuntabilitas kinerja.'] },
      ],
    },
    {
      code: 'T.KEU.10',
      name: 'Manajemen Risiko dan SPIP',
      definition: 'Kemampuan menerapkan Sistem Pengendalian Intern Pemerintah (SPIP) dan manajemen risiko pada penyelenggaraan pemerintahan daerah.',
      levels: [
        { level: 1, description: 'Memahami unsur SPIP dan konsep risiko.', indicators: ['Mengenali risiko dalam tugas sendiri.', 'Mematuhi prosedur pengendalian.'] },
        { level: 2, description: 'Mengidentifikasi dan mencatat risiko secara mandiri.', indicators: ['Mengisi register risiko unit.', 'Melaporkan kejadian risiko.'] },
        { level: 3, description: 'Menganalisis risiko dan merancang pengendalian.', indicators: ['Menilai kemungkinan dan dampak risiko.', 'Merancang rencana tindak pengendalian.'] },
        { level: 4, description: 'Mengelola manajemen risiko organisasi.', indicators: ['Menyusun profil risiko pemerintah daerah.', 'Menilai maturitas SPIP.'] },
        { level: 5, description: 'Merumuskan kebijakan manajemen risiko daerah.', indicators: ['Menetapkan selera risiko pemerintah daerah.', 'Membangun budaya sadar risiko.'] },
      ],
    },
    {
      code: 'T.KEU.11',
      name: 'Analisis Keuangan dan Kapasitas Fiskal Daerah',
      definition: 'Kemampuan menganalisis kondisi keuangan, kapasitas fiskal, dan pembiayaan daerah sebagai dasar pengambilan keputusan.',
      levels: [
        { level: 1, description: 'Memahami struktur APBD dan indikator keuangan.', indicators: ['Menyajikan data realisasi APBD.', 'Menghitung rasio keuangan sederhana.'] },
        { level: 2, description: 'Menyusun analisis keuangan rutin secara mandiri.', indicators: ['Menganalisis tren pendapatan dan belanja.', 'Menyusun laporan realisasi berkala.'] },
        { level: 3, description: 'Menganalisis kapasitas fiskal dan proyeksi keuangan.', indicators: ['Menyusun proyeksi pendapatan.', 'Menganalisis ruang fiskal untuk program prioritas.'] },
        { level: 4, description: 'Mengevaluasi kesehatan fiskal daerah.', indicators: ['Menyusun kajian pembiayaan daerah.', 'Mengevaluasi ketergantungan pada dana transfer.'] },
        { level: 5, description: 'Merumuskan strategi fiskal daerah.', indicators: ['Menetapkan kerangka ekonomi makro dan kebijakan fiskal daerah.', 'Menilai kelayakan pinjaman atau obligasi daerah.'] },
      ],
    },
  ],
};

const TEKNIS_ADMINDUK: CompetencyGroupSeed = {
  code: 'T.ADM',
  name: 'Administrasi Kependudukan',
  kind: CompetencyKind.TEKNIS,
  field: 'ADMINDUK',
  competencies: [
    {
      code: 'T.ADM.01',
      name: 'Pendaftaran Penduduk',
      definition: 'Kemampuan melayani pendaftaran penduduk, meliputi penerbitan KK, KTP-el, KIA, serta pencatatan perpindahan dan kedatangan penduduk.',
      levels: [
        { level: 1, description: 'Memahami persyaratan dan alur layanan pendaftaran penduduk.', indicators: ['Memeriksa kelengkapan berkas permohonan.', 'Memberikan informasi persyaratan kepada pemohon.'] },
        { level: 2, description: 'Melayani pendaftaran penduduk secara mandiri melalui SIAK.', indicators: ['Menerbitkan KK dan surat pindah.', 'Memproses layanan daring sesuai standar waktu.'] },
        { level: 3, description: 'Menangani kasus pendaftaran yang kompleks.', indicators: ['Menangani data ganda dan perubahan elemen data.', 'Membina petugas registrasi kelurahan.'] },
        { level: 4, description: 'Mengelola layanan pendaftaran penduduk tingkat kota.', indicators: ['Mengevaluasi kinerja layanan pendaftaran.', 'Mengembangkan layanan daring dan di kecamatan.'] },
        { level: 5, description: 'Merumuskan kebijakan pendaftaran penduduk daerah.', indicators: ['Menetapkan strategi cakupan dokumen kependudukan.', 'Menjadi rujukan inovasi layanan administrasi kependudukan.'] },
      ],
    },
    {
      code: 'T.ADM.02',
      name: 'Pencatatan Sipil',
      definition: 'Kemampuan mencatat peristiwa penting, meliputi kelahiran, kematian, perkawinan, perceraian, pengakuan dan pengesahan anak, serta perubahan nama.',
      levels: [
        { level: 1, description: 'Memahami jenis peristiwa penting dan persyaratannya.', indicators: ['Memeriksa berkas permohonan akta.', 'Menjelaskan persyaratan kepada pemohon.'] },
        { level: 2, description: 'Menerbitkan akta pencatatan sipil secara mandiri.', indicators: ['Menerbitkan akta kelahiran dan kematian.', 'Menerapkan tanda tangan elektronik pada akta.'] },
        { level: 3, description: 'Menangani pencatatan yang memerlukan penetapan atau verifikasi khusus.', indicators: ['Mencatat peristiwa berdasarkan penetapan pengadilan.', 'Menangani pembetulan dan pembatalan akta.'] },
        { level: 4, description: 'Mengelola layanan pencatatan sipil tingkat kota.', indicators: ['Mengevaluasi cakupan kepemilikan akta kelahiran anak.', 'Membangun kerja sama pencatatan dengan rumah sakit dan KUA.'] },
        { level: 5, description: 'Merumuskan kebijakan pencatatan sipil daerah.', indicators: ['Menetapkan strategi pencatatan kematian yang lengkap.', 'Menjadi rujukan kasus pencatatan sipil yang kompleks.'] },
      ],
    },
    {
      code: 'T.ADM.03',
      name: 'Pengelolaan Sistem Informasi Administrasi Kependudukan',
      definition: 'Kemampuan mengoperasikan dan memelihara SIAK terpusat, jaringan komunikasi data, serta perangkat pendukung layanan administrasi kependudukan.',
      levels: [
        { level: 1, description: 'Mengoperasikan aplikasi SIAK sesuai hak akses dengan bimbingan.', indicators: ['Masuk dan menggunakan menu SIAK sesuai peran.', 'Melaporkan gangguan aplikasi.'] },
        { level: 2, description: 'Mengelola operasional SIAK secara mandiri.', indicators: ['Mengelola akun operator.', 'Menangani gangguan perangkat dan jaringan.'] },
        { level: 3, description: 'Menganalisis kinerja dan keamanan sistem.', indicators: ['Memantau log akses dan aktivitas yang mencurigakan.', 'Menganalisis kapasitas jaringan layanan.'] },
        { level: 4, description: 'Mengelola sistem informasi administrasi kependudukan tingkat kota.', indicators: ['Menyusun rencana pemeliharaan sistem.', 'Berkoordinasi dengan Ditjen Dukcapil terkait pembaruan sistem.'] },
        { level: 5, description: 'Merumuskan kebijakan pengelolaan SIAK daerah.', indicators: ['Menetapkan standar keamanan sistem administrasi kependudukan.', 'Merancang integrasi layanan administrasi kependudukan dengan layanan daerah.'] },
      ],
    },
    {
      code: 'T.ADM.04',
      name: 'Pemanfaatan Data Kependudukan',
      definition: 'Kemampuan memfasilitasi pemanfaatan data kependudukan oleh lembaga pengguna melalui perjanjian kerja sama dan hak akses sesuai ketentuan.',
      levels: [
        { level: 1, description: 'Memahami ketentuan pemanfaatan data kependudukan.', indicators: ['Menjelaskan prosedur permohonan hak akses.', 'Mengarsipkan dokumen kerja sama.'] },
        { level: 2, description: 'Memproses permohonan pemanfaatan data secara mandiri.', indicators: ['Memverifikasi permohonan hak akses.', 'Menyiapkan draf perjanjian kerja sama.'] },
        { level: 3, description: 'Menganalisis pemanfaatan data oleh lembaga pengguna.', indicators: ['Memantau penggunaan hak akses.', 'Menganalisis manfaat kerja sama.'] },
        { level: 4, description: 'Mengelola pemanfaatan data kependudukan tingkat kota.', indicators: ['Mengevaluasi kepatuhan lembaga pengguna.', 'Mendorong pemanfaatan NIK sebagai basis layanan daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan pemanfaatan data kependudukan daerah.', indicators: ['Menetapkan kebijakan integrasi data berbasis NIK.', 'Menyelaraskan pemanfaatan data dengan pelindungan data pribadi.'] },
      ],
    },
    {
      code: 'T.ADM.05',
      name: 'Identitas Kependudukan Digital',
      definition: 'Kemampuan melayani aktivasi dan pemanfaatan Identitas Kependudukan Digital (IKD) serta layanan administrasi kependudukan daring.',
      levels: [
        { level: 1, description: 'Memahami konsep dan manfaat IKD.', indicators: ['Menjelaskan manfaat IKD kepada warga.', 'Membantu warga mengunduh aplikasi.'] },
        { level: 2, description: 'Melayani aktivasi IKD secara mandiri.', indicators: ['Melakukan aktivasi IKD.', 'Menangani kendala aktivasi.'] },
        { level: 3, description: 'Menganalisis capaian aktivasi dan merancang strategi percepatan.', indicators: ['Menganalisis capaian aktivasi per kelurahan.', 'Menyelenggarakan aktivasi massal di sekolah dan kantor.'] },
        { level: 4, description: 'Mengelola program IKD tingkat kota.', indicators: ['Mengevaluasi pemanfaatan IKD pada layanan publik.', 'Membangun kerja sama pemanfaatan IKD dengan perangkat daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan identitas digital daerah.', indicators: ['Menetapkan IKD sebagai identitas layanan digital daerah.', 'Menjadi rujukan implementasi IKD.'] },
      ],
    },
    {
      code: 'T.ADM.06',
      name: 'Perekaman Biometrik dan Pencetakan Dokumen',
      definition: 'Kemampuan melaksanakan perekaman biometrik KTP-el, pencetakan dokumen, dan pengelolaan blangko sesuai standar.',
      levels: [
        { level: 1, description: 'Mengoperasikan alat perekaman dengan bimbingan.', indicators: ['Merekam foto, sidik jari, dan iris sesuai prosedur.', 'Menjaga kebersihan dan kondisi alat.'] },
        { level: 2, description: 'Melaksanakan perekaman dan pencetakan secara mandiri.', indicators: ['Mencetak KTP-el dan KIA.', 'Mencatat penggunaan blangko.'] },
        { level: 3, description: 'Menangani masalah perekaman dan pencetakan.', indicators: ['Menangani kegagalan verifikasi biometrik.', 'Menganalisis stok dan kebutuhan blangko.'] },
        { level: 4, description: 'Mengelola layanan perekaman tingkat kota.', indicators: ['Mengatur penempatan alat di kecamatan.', 'Mengevaluasi waktu layanan.'] },
        { level: 5, description: 'Merumuskan kebijakan layanan dokumen kependudukan.', indicators: ['Merancang layanan dokumen kependudukan yang cepat dan merata.', 'Menetapkan standar mutu dokumen.'] },
      ],
    },
    {
      code: 'T.ADM.07',
      name: 'Layanan Jemput Bola dan Kelompok Rentan',
      definition: 'Kemampuan menyelenggarakan layanan administrasi kependudukan keliling bagi lansia, penyandang disabilitas, warga di wilayah terpencil, dan penghuni panti atau lapas.',
      levels: [
        { level: 1, description: 'Membantu pelaksanaan layanan keliling.', indicators: ['Menyiapkan perlengkapan layanan keliling.', 'Membantu pendataan warga sasaran.'] },
        { level: 2, description: 'Melaksanakan layanan jemput bola secara mandiri.', indicators: ['Melayani perekaman di rumah warga.', 'Berkomunikasi secara empatik dengan kelompok rentan.'] },
        { level: 3, description: 'Merencanakan layanan jemput bola berbasis data.', indicators: ['Memetakan kelompok rentan yang belum memiliki dokumen.', 'Menyusun jadwal layanan bersama kelurahan.'] },
        { level: 4, description: 'Mengelola program layanan kelompok rentan tingkat kota.', indicators: ['Berkoordinasi dengan Dinas Sosial dan pengelola panti.', 'Mengevaluasi cakupan layanan.'] },
        { level: 5, description: 'Merumuskan kebijakan layanan inklusif administrasi kependudukan.', indicators: ['Menetapkan standar layanan inklusif.', 'Menjadi rujukan layanan inklusif.'] },
      ],
    },
    {
      code: 'T.ADM.08',
      name: 'Verifikasi dan Validasi Data Kependudukan',
      definition: 'Kemampuan memverifikasi dan memvalidasi data penduduk agar akurat, mutakhir, dan bebas data ganda.',
      levels: [
        { level: 1, description: 'Memeriksa data penduduk sesuai dokumen dengan bimbingan.', indicators: ['Mencocokkan data dengan dokumen pendukung.', 'Menandai data yang tidak sesuai.'] },
        { level: 2, description: 'Memverifikasi dan memperbaiki data secara mandiri.', indicators: ['Melakukan perbaikan elemen data.', 'Menindaklanjuti laporan data ganda.'] },
        { level: 3, description: 'Menganalisis kualitas data kependudukan.', indicators: ['Menganalisis anomali data.', 'Menyusun laporan kualitas data per kecamatan.'] },
        { level: 4, description: 'Mengelola pemutakhiran data kependudukan tingkat kota.', indicators: ['Mengoordinasikan pemutakhiran data untuk pemilu dan bantuan sosial.', 'Mengevaluasi akurasi data.'] },
        { level: 5, description: 'Merumuskan kebijakan kualitas data kependudukan daerah.', indicators: ['Menetapkan standar kualitas data.', 'Membangun mekanisme pemutakhiran berkelanjutan.'] },
      ],
    },
    {
      code: 'T.ADM.09',
      name: 'Pelindungan Data Pribadi Penduduk',
      definition: 'Kemampuan menjaga kerahasiaan dan keamanan data pribadi penduduk dalam seluruh proses layanan administrasi kependudukan.',
      levels: [
        { level: 1, description: 'Memahami kewajiban menjaga kerahasiaan data penduduk.', indicators: ['Tidak membagikan data penduduk tanpa dasar hukum.', 'Menjaga dokumen fisik pemohon.'] },
        { level: 2, description: 'Menerapkan prosedur pelindungan data secara mandiri.', indicators: ['Memusnahkan salinan dokumen sesuai prosedur.', 'Menggunakan akun sesuai hak akses.'] },
        { level: 3, description: 'Menganalisis risiko kebocoran data di unit.', indicators: ['Mengidentifikasi titik rawan kebocoran.', 'Menerapkan pengendalian akses.'] },
        { level: 4, description: 'Mengelola pelindungan data kependudukan tingkat kota.', indicators: ['Menangani insiden kebocoran data.', 'Melakukan audit penggunaan data.'] },
        { level: 5, description: 'Merumuskan kebijakan pelindungan data kependudukan daerah.', indicators: ['Menyelaraskan prosedur dengan UU Pelindungan Data Pribadi.', 'Membangun budaya sadar privasi.'] },
      ],
    },
    {
      code: 'T.ADM.10',
      name: 'Profil dan Analisis Data Kependudukan',
      definition: 'Kemampuan menyusun profil dan analisis data kependudukan sebagai dasar perencanaan pembangunan daerah.',
      levels: [
        { level: 1, description: 'Menyajikan data agregat kependudukan.', indicators: ['Menyusun tabel jumlah penduduk per wilayah.', 'Memahami variabel data kependudukan.'] },
        { level: 2, description: 'Menyusun data agregat dan profil sederhana secara mandiri.', indicators: ['Menyusun piramida penduduk.', 'Menyajikan data untuk perangkat daerah.'] },
        { level: 3, description: 'Menganalisis dinamika kependudukan.', indicators: ['Menganalisis mobilitas dan struktur umur penduduk.', 'Menyusun buku profil kependudukan.'] },
        { level: 4, description: 'Mengelola analisis kependudukan tingkat kota.', indicators: ['Menyusun proyeksi penduduk.', 'Menyusun kajian kependudukan untuk perencanaan.'] },
        { level: 5, description: 'Merumuskan kebijakan pembangunan berwawasan kependudukan.', indicators: ['Merancang Grand Design Pembangunan Kependudukan daerah.', 'Menjadi rujukan analisis kependudukan.'] },
      ],
    },
  ],
};

const TEKNIS_SOSIAL: CompetencyGroupSeed = {
  code: 'T.SOS',
  name: 'Pelayanan Sosial',
  kind: CompetencyKind.TEKNIS,
  field: 'SOSIAL',
  competencies: [
    {
      code: 'T.SOS.01',
      name: 'Pengelolaan Data Kesejahteraan Sosial',
      definition: 'Kemampuan mengelola data terpadu kesejahteraan sosial dan data sosial ekonomi nasional, meliputi pendataan, verifikasi, validasi, dan pemutakhiran.',
      levels: [
        { level: 1, description: 'Mengumpulkan data calon penerima manfaat sesuai formulir.', indicators: ['Melakukan kunjungan rumah untuk pendataan.', 'Menginput data ke aplikasi kesejahteraan sosial.'] },
        { level: 2, description: 'Melaksanakan verifikasi dan validasi data secara mandiri.', indicators: ['Memverifikasi usulan dari musyawarah kelurahan.', 'Memperbaiki data yang tidak padan dengan data kependudukan.'] },
        { level: 3, description: 'Menganalisis kualitas data dan ketepatan sasaran.', indicators: ['Menganalisis kesalahan inklusi dan eksklusi.', 'Menyusun rekomendasi pemutakhiran data.'] },
        { level: 4, description: 'Mengelola pemutakhiran data kesejahteraan sosial tingkat kota.', indicators: ['Mengoordinasikan operator data di kelurahan.', 'Menetapkan data untuk program daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan data sosial ekonomi daerah.', indicators: ['Menetapkan integrasi data sosial dengan data kependudukan dan kesehatan.', 'Menjadi rujukan tata kelola data kesejahteraan sosial.'] },
      ],
    },
    {
      code: 'T.SOS.02',
      name: 'Penyaluran Bantuan Sosial',
      definition: 'Kemampuan menyalurkan dan memantau bantuan sosial (PKH, bantuan pangan, bantuan daerah) secara tepat sasaran, tepat jumlah, dan tepat waktu.',
      levels: [
        { level: 1, description: 'Membantu administrasi penyaluran bantuan.', indicators: ['Menyiapkan daftar penerima.', 'Mendokumentasikan penyaluran.'] },
        { level: 2, description: 'Melaksanakan penyaluran bantuan secara mandiri.', indicators: ['Memverifikasi identitas penerima saat penyaluran.', 'Menyusun laporan realisasi.'] },
        { level: 3, description: 'Menganalisis efektivitas penyaluran dan menangani pengaduan.', indicators: ['Menganalisis keterlambatan dan masalah penyaluran.', 'Menindaklanjuti pengaduan penerima.'] },
        { level: 4, description: 'Mengelola program bantuan sosial tingkat kota.', indicators: ['Mengevaluasi ketepatan sasaran program.', 'Berkoordinasi dengan bank penyalur dan pendamping.'] },
        { level: 5, description: 'Merumuskan kebijakan perlindungan sosial daerah.', indicators: ['Merancang skema bantuan sosial daerah yang adaptif.', 'Memadukan bantuan sosial dengan program pemberdayaan.'] },
      ],
    },
    {
      code: 'T.SOS.03',
      name: 'Rehabilitasi Sosial',
      definition: 'Kemampuan memulihkan dan mengembangkan keberfungsian sosial penyandang disabilitas, lansia, anak, dan korban penyalahgunaan NAPZA.',
      levels: [
        { level: 1, description: 'Memahami jenis layanan rehabilitasi sosial.', indicators: ['Membantu asesmen awal klien.', 'Mendampingi klien dalam kegiatan harian.'] },
        { level: 2, description: 'Melaksanakan layanan rehabilitasi secara mandiri.', indicators: ['Melakukan asesmen kebutuhan klien.', 'Melaksanakan bimbingan sosial dan keterampilan.'] },
        { level: 3, description: 'Merancang rencana intervensi dan rujukan.', indicators: ['Menyusun rencana intervensi individual.', 'Merujuk klien ke layanan yang sesuai.'] },
        { level: 4, description: 'Mengelola layanan rehabilitasi sosial tingkat kota.', indicators: ['Mengevaluasi layanan panti dan rehabilitasi berbasis masyarakat.', 'Membangun jejaring dengan lembaga kesejahteraan sosial.'] },
        { level: 5, description: 'Merumuskan kebijakan rehabilitasi sosial daerah.', indicators: ['Menetapkan standar layanan rehabilitasi.', 'Mengembangkan model rehabilitasi berbasis keluarga dan komunitas.'] },
      ],
    },
    {
      code: 'T.SOS.04',
      name: 'Perlindungan dan Jaminan Sosial',
      definition: 'Kemampuan memberikan perlindungan sosial kepada korban bencana, korban tindak kekerasan, dan kelompok rentan lainnya.',
      levels: [
        { level: 1, description: 'Membantu pelaksanaan perlindungan sosial.', indicators: ['Membantu pendataan korban bencana.', 'Menyalurkan bantuan darurat.'] },
        { level: 2, description: 'Melaksanakan perlindungan sosial secara mandiri.', indicators: ['Mengelola dapur umum dan tempat pengungsian.', 'Memberikan dukungan psikososial dasar.'] },
        { level: 3, description: 'Merencanakan respons perlindungan sosial.', indicators: ['Menyusun rencana kontinjensi sosial.', 'Mengoordinasikan Taruna Siaga Bencana.'] },
        { level: 4, description: 'Mengelola perlindungan sosial tingkat kota.', indicators: ['Mengevaluasi kesiapsiagaan sosial.', 'Memperluas kepesertaan jaminan sosial bagi warga rentan.'] },
        { level: 5, description: 'Merumuskan kebijakan perlindungan sosial adaptif daerah.', indicators: ['Merancang perlindungan sosial adaptif terhadap bencana.', 'Menjadi rujukan perlindungan sosial.'] },
      ],
    },
    {
      code: 'T.SOS.05',
      name: 'Pemberdayaan Sosial',
      definition: 'Kemampuan memberdayakan potensi dan sumber kesejahteraan sosial seperti Karang Taruna, PSM, TKSK, dan lembaga kesejahteraan sosial.',
      levels: [
        { level: 1, description: 'Mengenal potensi dan sumber kesejahteraan sosial.', indicators: ['Mendata potensi sumber kesejahteraan sosial.', 'Membantu kegiatan pemberdayaan.'] },
        { level: 2, description: 'Melaksanakan pemberdayaan secara mandiri.', indicators: ['Membina Karang Taruna kelurahan.', 'Memfasilitasi kelompok usaha bersama.'] },
        { level: 3, description: 'Merancang program pemberdayaan berbasis kebutuhan.', indicators: ['Menganalisis kebutuhan kelompok sasaran.', 'Menyusun program pemberdayaan.'] },
        { level: 4, description: 'Mengelola program pemberdayaan sosial tingkat kota.', indicators: ['Mengevaluasi dampak program pemberdayaan.', 'Membangun kemitraan dengan CSR dunia usaha.'] },
        { level: 5, description: 'Merumuskan kebijakan pemberdayaan sosial daerah.', indicators: ['Menetapkan strategi kemandirian penerima bantuan.', 'Menjadi rujukan pemberdayaan sosial.'] },
      ],
    },
    {
      code: 'T.SOS.06',
      name: 'Penanganan Fakir Miskin',
      definition: 'Kemampuan merancang dan melaksanakan upaya penanganan fakir miskin dan penanggulangan kemiskinan ekstrem secara terpadu.',
      levels: [
        { level: 1, description: 'Memahami indikator kemiskinan dan program penanganannya.', indicators: ['Mengenali kriteria fakir miskin.', 'Membantu identifikasi rumah tangga miskin.'] },
        { level: 2, description: 'Melaksanakan program penanganan fakir miskin secara mandiri.', indicators: ['Mendampingi rumah tangga sasaran.', 'Menghubungkan warga dengan program yang tersedia.'] },
        { level: 3, description: 'Menganalisis data kemiskinan dan menyusun intervensi.', indicators: ['Menganalisis sebaran kemiskinan ekstrem.', 'Menyusun intervensi terpadu per kelurahan.'] },
        { level: 4, description: 'Mengelola penanggulangan kemiskinan tingkat kota.', indicators: ['Mendukung Tim Koordinasi Penanggulangan Kemiskinan Daerah.', 'Mengevaluasi konvergensi program.'] },
        { level: 5, description: 'Merumuskan strategi penanggulangan kemiskinan daerah.', indicators: ['Menyusun rencana penanggulangan kemiskinan daerah.', 'Menetapkan target penghapusan kemiskinan ekstrem.'] },
      ],
    },
    {
      code: 'T.SOS.07',
      name: 'Pekerjaan Sosial dan Manajemen Kasus',
      definition: 'Kemampuan menerapkan metode pekerjaan sosial dan manajemen kasus untuk membantu individu dan keluarga mengatasi masalah sosial.',
      levels: [
        { level: 1, description: 'Memahami prinsip dan etika pekerjaan sosial.', indicators: ['Menjaga kerahasiaan klien.', 'Membantu penerimaan kasus.'] },
        { level: 2, description: 'Menangani kasus sederhana secara mandiri.', indicators: ['Melakukan asesmen psikososial.', 'Menyusun catatan kasus.'] },
        { level: 3, description: 'Menangani kasus kompleks dan mengoordinasikan layanan.', indicators: ['Melaksanakan konferensi kasus.', 'Mengoordinasikan layanan lintas lembaga.'] },
        { level: 4, description: 'Mengelola dan menyupervisi layanan pekerjaan sosial.', indicators: ['Menyupervisi pekerja sosial.', 'Mengembangkan standar manajemen kasus.'] },
        { level: 5, description: 'Merumuskan kebijakan layanan pekerjaan sosial daerah.', indicators: ['Merancang sistem layanan dan rujukan terpadu.', 'Menjadi rujukan praktik pekerjaan sosial.'] },
      ],
    },
    {
      code: 'T.SOS.08',
      name: 'Perlindungan Perempuan dan Anak',
      definition: 'Kemampuan memberikan layanan pencegahan dan penanganan kekerasan terhadap perempuan dan anak, termasuk pengaduan, pendampingan, dan rujukan.',
      levels: [
        { level: 1, description: 'Memahami bentuk kekerasan dan alur layanan pengaduan.', indicators: ['Menerima pengaduan sesuai prosedur.', 'Menjaga kerahasiaan identitas korban.'] },
        { level: 2, description: 'Mendampingi korban secara mandiri.', indicators: ['Mendampingi korban dalam proses hukum.', 'Mencatat kasus dalam sistem informasi daring perlindungan perempuan dan anak.'] },
        { level: 3, description: 'Mengoordinasikan penanganan kasus.', indicators: ['Mengoordinasikan layanan kesehatan, hukum, dan psikologis.', 'Menganalisis pola kasus.'] },
        { level: 4, description: 'Mengelola layanan UPTD PPA tingkat kota.', indicators: ['Mengevaluasi standar layanan.', 'Membangun jejaring dengan kepolisian, rumah sakit, dan lembaga bantuan hukum.'] },
        { level: 5, description: 'Merumuskan kebijakan perlindungan perempuan dan anak daerah.', indicators: ['Menetapkan kebijakan pencegahan kekerasan.', 'Menjadi rujukan penanganan kasus yang kompleks.'] },
      ],
    },
    {
      code: 'T.SOS.09',
      name: 'Pengarusutamaan Gender dan Hak Anak',
      definition: 'Kemampuan mengintegrasikan perspektif gender dan hak anak dalam perencanaan, penganggaran, dan evaluasi pembangunan, termasuk Kota Layak Anak.',
      levels: [
        { level: 1, description: 'Memahami konsep gender dan hak anak.', indicators: ['Menjelaskan konsep kesetaraan gender.', 'Mengumpulkan data terpilah.'] },
        { level: 2, description: 'Menerapkan analisis gender sederhana secara mandiri.', indicators: ['Menyusun Gender Analysis Pathway kegiatan.', 'Menyusun data terpilah menurut jenis kelamin.'] },
        { level: 3, description: 'Menganalisis program dari perspektif gender dan anak.', indicators: ['Menyusun Gender Budget Statement.', 'Memfasilitasi perangkat daerah dalam perencanaan yang responsif gender.'] },
        { level: 4, description: 'Mengelola pengarusutamaan gender dan Kota Layak Anak.', indicators: ['Mengoordinasikan gugus tugas Kota Layak Anak.', 'Mengevaluasi capaian pengarusutamaan gender.'] },
        { level: 5, description: 'Merumuskan kebijakan pengarusutamaan gender dan hak anak daerah.', indicators: ['Menetapkan strategi daerah yang responsif gender.', 'Menjadi rujukan pengarusutamaan gender.'] },
      ],
    },
    {
      code: 'T.SOS.10',
      name: 'Penanganan Pemerlu Pelayanan Kesejahteraan Sosial Jalanan',
      definition: 'Kemampuan menjangkau, menangani, dan merujuk pemerlu pelayanan kesejahteraan sosial di jalanan seperti gelandangan, pengemis, dan anak jalanan.',
      levels: [
        { level: 1, description: 'Membantu kegiatan penjangkauan.', indicators: ['Mendata PPKS hasil penjangkauan.', 'Membantu pengantaran ke rumah singgah.'] },
        { level: 2, description: 'Melaksanakan penjangkauan dan asesmen secara mandiri.', indicators: ['Melakukan asesmen awal.', 'Menghubungi keluarga PPKS.'] },
        { level: 3, description: 'Merancang penanganan dan rujukan.', indicators: ['Menyusun rencana reunifikasi keluarga.', 'Merujuk ke panti atau program pemberdayaan.'] },
        { level: 4, description: 'Mengelola penanganan PPKS jalanan tingkat kota.', indicators: ['Berkoordinasi dengan Satpol PP dan kecamatan.', 'Mengevaluasi efektivitas penanganan.'] },
        { level: 5, description: 'Merumuskan kebijakan penanganan PPKS jalanan.', indicators: ['Menetapkan pendekatan humanis dan berkelanjutan.', 'Membangun kerja sama antardaerah.'] },
      ],
    },
  ],
};

const TEKNIS_PEMERINTAHAN: CompetencyGroupSeed = {
  code: 'T.PEM',
  name: 'Pemerintahan Umum',
  kind: CompetencyKind.TEKNIS,
  field: 'PEMERINTAHAN',
  competencies: [
    {
      code: 'T.PEM.01',
      name: 'Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan',
      definition: 'Kemampuan menyelenggarakan urusan pemerintahan yang dilimpahkan kepada camat dan lurah, koordinasi kewilayahan, serta pembinaan RT/RW.',
      levels: [
        { level: 1, description: 'Memahami tugas dan fungsi kecamatan dan kelurahan.', indicators: ['Menyiapkan administrasi rapat koordinasi.', 'Mendata lembaga kemasyarakatan.'] },
        { level: 2, description: 'Melaksanakan administrasi pemerintahan kewilayahan secara mandiri.', indicators: ['Menyusun laporan penyelenggaraan pemerintahan kelurahan.', 'Memfasilitasi pembentukan dan pembinaan RT/RW.'] },
        { level: 3, description: 'Mengoordinasikan penyelenggaraan pemerintahan di wilayah.', indicators: ['Mengoordinasikan kegiatan perangkat daerah di wilayah kecamatan.', 'Menyelesaikan masalah kewilayahan.'] },
        { level: 4, description: 'Mengevaluasi penyelenggaraan pemerintahan kewilayahan tingkat kota.', indicators: ['Mengevaluasi kinerja kecamatan dan kelurahan.', 'Menyusun kebijakan pelimpahan kewenangan kepada camat.'] },
        { level: 5, description: 'Merumuskan kebijakan pemerintahan kewilayahan daerah.', indicators: ['Menetapkan penataan wilayah administrasi.', 'Menjadi rujukan tata kelola pemerintahan kewilayahan.'] },
      ],
    },
    {
      code: 'T.PEM.02',
      name: 'Pelayanan Administrasi Terpadu Kecamatan',
      definition: 'Kemampuan menyelenggarakan Pelayanan Administrasi Terpadu Kecamatan (PATEN) dan layanan administrasi di kelurahan.',
      levels: [
        { level: 1, description: 'Memahami jenis dan persyaratan layanan kecamatan dan kelurahan.', indicators: ['Menerima berkas permohonan.', 'Memberikan informasi persyaratan layanan.'] },
        { level: 2, description: 'Memproses layanan administrasi secara mandiri.', indicators: ['Menerbitkan surat keterangan sesuai kewenangan.', 'Mencatat layanan secara elektronik.'] },
        { level: 3, description: 'Menganalisis dan memperbaiki kinerja layanan.', indicators: ['Menganalisis waktu layanan dan pengaduan.', 'Menyusun standar pelayanan kecamatan.'] },
        { level: 4, description: 'Mengelola PATEN tingkat kota.', indicators: ['Mengevaluasi penerapan PATEN di 18 kecamatan.', 'Memadukan layanan kecamatan dengan mal pelayanan publik.'] },
        { level: 5, description: 'Merumuskan kebijakan layanan administrasi kewilayahan.', indicators: ['Merancang layanan kecamatan digital.', 'Menetapkan standar layanan kewilayahan.'] },
      ],
    },
    {
      code: 'T.PEM.03',
      name: 'Penyusunan Produk Hukum Daerah',
      definition: 'Kemampuan menyusun, mengharmonisasi, dan mengundangkan produk hukum daerah seperti Perda, Perwali, dan keputusan wali kota.',
      levels: [
        { level: 1, description: 'Memahami jenis dan hierarki peraturan perundang-undangan.', indicators: ['Mengelola dokumentasi hukum di JDIH.', 'Memeriksa format naskah produk hukum.'] },
        { level: 2, description: 'Menyusun rancangan produk hukum sederhana secara mandiri.', indicators: ['Menyusun rancangan keputusan wali kota.', 'Menerapkan teknik penyusunan peraturan.'] },
        { level: 3, description: 'Menganalisis dan mengharmonisasi rancangan peraturan.', indicators: ['Menyusun naskah akademik.', 'Mengharmonisasi rancangan Perwali dengan peraturan yang lebih tinggi.'] },
        { level: 4, description: 'Mengelola pembentukan produk hukum daerah.', indicators: ['Mengoordinasikan Propemperda.', 'Mendampingi pembahasan Raperda bersama DPRD.'] },
        { level: 5, description: 'Merumuskan kebijakan hukum daerah.', indicators: ['Menetapkan arah kebijakan regulasi daerah.', 'Menangani uji materi dan sengketa hukum daerah.'] },
      ],
    },
    {
      code: 'T.PEM.04',
      name: 'Ketenteraman, Ketertiban Umum, dan Penegakan Perda',
      definition: 'Kemampuan menyelenggarakan ketenteraman dan ketertiban umum, perlindungan masyarakat, serta penegakan Perda dan Perwali secara humanis.',
      levels: [
        { level: 1, description: 'Memahami tugas ketenteraman dan ketertiban umum.', indicators: ['Melaksanakan patroli sesuai perintah.', 'Bersikap humanis kepada masyarakat.'] },
        { level: 2, description: 'Melaksanakan penertiban secara mandiri sesuai SOP.', indicators: ['Melakukan penertiban pedagang dan reklame sesuai prosedur.', 'Menyusun berita acara penertiban.'] },
        { level: 3, description: 'Merencanakan operasi dan menangani pelanggaran.', indicators: ['Menyusun rencana operasi penertiban.', 'Melakukan penyidikan pelanggaran Perda sebagai PPNS.'] },
        { level: 4, description: 'Mengelola penegakan Perda tingkat kota.', indicators: ['Mengevaluasi efektivitas penegakan Perda.', 'Berkoordinasi dengan Polri dan TNI.'] },
        { level: 5, description: 'Merumuskan kebijakan ketenteraman dan ketertiban umum daerah.', indicators: ['Menetapkan strategi ketertiban yang humanis.', 'Menjadi rujukan penegakan Perda.'] },
      ],
    },
    {
      code: 'T.PEM.05',
      name: 'Perencanaan Pembangunan Daerah',
      definition: 'Kemampuan menyusun dokumen perencanaan pembangunan daerah (RPJPD, RPJMD, RKPD, Renstra, Renja) dan memfasilitasi musrenbang.',
      levels: [
        { level: 1, description: 'Memahami siklus perencanaan pembangunan daerah.', indicators: ['Menginput usulan musrenbang ke SIPD.', 'Mengumpulkan data perencanaan.'] },
        { level: 2, description: 'Menyusun dokumen perencanaan perangkat daerah secara mandiri.', indicators: ['Menyusun Renja perangkat daerah.', 'Menyusun indikator kinerja kegiatan.'] },
        { level: 3, description: 'Menganalisis keselarasan perencanaan.', indicators: ['Menyelaraskan Renstra dengan RPJMD.', 'Memfasilitasi musrenbang kecamatan.'] },
        { level: 4, description: 'Mengelola penyusunan dokumen perencanaan daerah.', indicators: ['Mengoordinasikan penyusunan RKPD.', 'Mengevaluasi pelaksanaan rencana pembangunan.'] },
        { level: 5, description: 'Merumuskan arah kebijakan pembangunan daerah.', indicators: ['Merumuskan visi dan misi pembangunan jangka panjang.', 'Menyelaraskan perencanaan daerah dengan prioritas nasional.'] },
      ],
    },
    {
      code: 'T.PEM.06',
      name: 'Manajemen ASN',
      definition: 'Kemampuan mengelola manajemen ASN meliputi perencanaan kebutuhan, pengadaan, pangkat dan jabatan, pengembangan kompetensi, kinerja, dan pemberhentian melalui SIASN.',
      levels: [
        { level: 1, description: 'Memahami siklus manajemen ASN.', indicators: ['Memutakhirkan data pegawai di SIASN.', 'Menyiapkan berkas usul layanan kepegawaian.'] },
        { level: 2, description: 'Memproses layanan kepegawaian secara mandiri.', indicators: ['Memproses usul kenaikan pangkat dan pensiun.', 'Memverifikasi berkas layanan kepegawaian.'] },
        { level: 3, description: 'Menganalisis kebutuhan dan kinerja pegawai.', indicators: ['Menyusun analisis jabatan dan analisis beban kerja.', 'Menyusun rencana pengembangan kompetensi berdasarkan kesenjangan.'] },
        { level: 4, description: 'Mengelola manajemen ASN tingkat pemerintah daerah.', indicators: ['Mengelola manajemen talenta dan sistem merit.', 'Mengevaluasi Indeks Profesionalitas ASN.'] },
        { level: 5, description: 'Merumuskan kebijakan manajemen ASN daerah.', indicators: ['Menetapkan kebijakan manajemen talenta daerah.', 'Menjadi rujukan penerapan sistem merit.'] },
      ],
    },
    {
      code: 'T.PEM.07',
      name: 'Kearsipan dan Tata Naskah Dinas',
      definition: 'Kemampuan mengelola arsip dinamis dan statis serta tata naskah dinas elektronik melalui aplikasi SRIKANDI.',
      levels: [
        { level: 1, description: 'Memahami tata naskah dinas dan dasar kearsipan.', indicators: ['Menyusun naskah dinas sesuai format.', 'Mencatat surat masuk dan keluar di SRIKANDI.'] },
        { level: 2, description: 'Mengelola naskah dan arsip aktif secara mandiri.', indicators: ['Memberkaskan arsip sesuai klasifikasi.', 'Mengelola disposisi elektronik.'] },
        { level: 3, description: 'Mengelola arsip inaktif dan penyusutan.', indicators: ['Menyusun daftar arsip.', 'Menerapkan jadwal retensi arsip.'] },
        { level: 4, description: 'Mengelola penyelenggaraan kearsipan tingkat kota.', indicators: ['Mengawasi kearsipan perangkat daerah.', 'Mengelola arsip statis di lembaga kearsipan daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan kearsipan daerah.', indicators: ['Menetapkan kebijakan arsip elektronik.', 'Menjadi rujukan penyelenggaraan kearsipan.'] },
      ],
    },
    {
      code: 'T.PEM.08',
      name: 'Analisis Kebijakan Publik',
      definition: 'Kemampuan menganalisis masalah publik, merumuskan alternatif kebijakan, dan menyusun rekomendasi kebijakan berbasis bukti.',
      levels: [
        { level: 1, description: 'Memahami siklus kebijakan publik.', indicators: ['Mengumpulkan bahan kajian.', 'Merangkum peraturan terkait.'] },
        { level: 2, description: 'Menyusun kajian kebijakan sederhana secara mandiri.', indicators: ['Menyusun telaahan staf.', 'Mengidentifikasi pemangku kepentingan kebijakan.'] },
        { level: 3, description: 'Menganalisis alternatif kebijakan.', indicators: ['Menyusun policy brief.', 'Menggunakan data dan metode analisis yang tepat.'] },
        { level: 4, description: 'Mengelola kajian kebijakan organisasi.', indicators: ['Mengevaluasi dampak kebijakan.', 'Mengoordinasikan kajian lintas perangkat daerah.'] },
        { level: 5, description: 'Merumuskan kebijakan strategis daerah.', indicators: ['Menyusun rekomendasi kebijakan strategis untuk kepala daerah.', 'Menjadi rujukan analisis kebijakan.'] },
      ],
    },
    {
      code: 'T.PEM.09',
      name: 'Manajemen Kinerja dan Reformasi Birokrasi',
      definition: 'Kemampuan menerapkan manajemen kinerja organisasi dan agenda reformasi birokrasi, termasuk pembangunan zona integritas.',
      levels: [
        { level: 1, description: 'Memahami konsep manajemen kinerja dan reformasi birokrasi.', indicators: ['Menyusun SKP pribadi di e-Kinerja.', 'Mengumpulkan data dukung reformasi birokrasi.'] },
        { level: 2, description: 'Melaksanakan kegiatan manajemen kinerja secara mandiri.', indicators: ['Menyusun perjanjian kinerja unit.', 'Menyusun laporan kinerja triwulanan.'] },
        { level: 3, description: 'Menganalisis capaian kinerja dan reformasi birokrasi.', indicators: ['Menganalisis capaian indikator kinerja.', 'Menyusun rencana aksi zona integritas.'] },
        { level: 4, description: 'Mengelola reformasi birokrasi tingkat pemerintah daerah.', indicators: ['Mengoordinasikan tim reformasi birokrasi.', 'Mengevaluasi penataan kelembagaan dan proses bisnis.'] },
        { level: 5, description: 'Merumuskan kebijakan reformasi birokrasi daerah.', indicators: ['Menetapkan peta jalan reformasi birokrasi.', 'Menjadi rujukan reformasi birokrasi tematik.'] },
      ],
    },
    {
      code: 'T.PEM.10',
      name: 'Pemberdayaan Masyarakat dan Kelembagaan Kelurahan',
      definition: 'Kemampuan memfasilitasi pemberdayaan masyarakat serta pembinaan lembaga kemasyarakatan kelurahan seperti LPM, PKK, dan posyandu.',
      levels: [
        { level: 1, description: 'Memahami kelembagaan masyarakat kelurahan.', indicators: ['Mendata lembaga kemasyarakatan.', 'Membantu kegiatan gotong royong.'] },
        { level: 2, description: 'Memfasilitasi kegiatan lembaga kemasyarakatan secara mandiri.', indicators: ['Memfasilitasi rapat LPM dan PKK.', 'Mengelola administrasi dana kelurahan.'] },
        { level: 3, description: 'Merancang program pemberdayaan berbasis kebutuhan.', indicators: ['Menyusun program pemberdayaan kelurahan.', 'Menggerakkan swadaya masyarakat.'] },
        { level: 4, description: 'Mengelola pemberdayaan masyarakat tingkat kota.', indicators: ['Mengevaluasi pemanfaatan dana kelurahan.', 'Membina kelurahan berprestasi.'] },
        { level: 5, description: 'Merumuskan kebijakan pemberdayaan masyarakat daerah.', indicators: ['Menetapkan strategi pembangunan berbasis masyarakat.', 'Menjadi rujukan pemberdayaan masyarakat.'] },
      ],
    },
    {
      code: 'T.PEM.11',
      name: 'Penanggulangan Bencana dan Kebakaran',
      definition: 'Kemampuan melaksanakan pencegahan, kesiapsiagaan, tanggap darurat, dan pemulihan bencana, termasuk pemadaman kebakaran dan penyelamatan.',
      levels: [
        { level: 1, description: 'Memahami jenis bencana dan prosedur tanggap darurat.', indicators: ['Menggunakan alat pemadam api ringan.', 'Mengikuti simulasi evakuasi.'] },
        { level: 2, description: 'Melaksanakan operasi tanggap darurat secara mandiri.', indicators: ['Melaksanakan pemadaman dan penyelamatan sesuai SOP.', 'Melaksanakan kaji cepat dampak bencana.'] },
        { level: 3, description: 'Memimpin regu dan merencanakan kesiapsiagaan.', indicators: ['Memimpin regu operasi.', 'Menyusun rencana kontinjensi banjir dan kebakaran lahan.'] },
        { level: 4, description: 'Mengelola penanggulangan bencana tingkat kota.', indicators: ['Mengaktifkan sistem komando tanggap darurat.', 'Mengevaluasi indeks risiko bencana.'] },
        { level: 5, description: 'Merumuskan kebijakan penanggulangan bencana daerah.', indicators: ['Menetapkan rencana penanggulangan bencana daerah.', 'Membangun ketangguhan kota terhadap bencana.'] },
      ],
    },
    {
      code: 'T.PEM.12',
      name: 'Kesatuan Bangsa dan Kewaspadaan Dini',
      definition: 'Kemampuan membina wawasan kebangsaan, memfasilitasi kerukunan, dan menyelenggarakan kewaspadaan dini terhadap potensi konflik sosial.',
      levels: [
        { level: 1, description: 'Memahami tugas pembinaan kesatuan bangsa dan politik.', indicators: ['Mendata organisasi kemasyarakatan.', 'Membantu kegiatan wawasan kebangsaan.'] },
        { level: 2, description: 'Melaksanakan pembinaan dan pemantauan secara mandiri.', indicators: ['Memantau dinamika sosial di wilayah.', 'Memfasilitasi Forum Kerukunan Umat Beragama.'] },
        { level: 3, description: 'Menganalisis potensi konflik dan menyusun rekomendasi.', indicators: ['Menyusun laporan kewaspadaan dini.', 'Memediasi potensi konflik sosial.'] },
        { level: 4, description: 'Mengelola kewaspadaan dini tingkat kota.', indicators: ['Mengoordinasikan Forum Koordinasi Pimpinan Daerah untuk isu konflik.', 'Mengevaluasi program wawasan kebangsaan.'] },
        { level: 5, description: 'Merumuskan kebijakan kesatuan bangsa daerah.', indicators: ['Menetapkan strategi pencegahan konflik sosial.', 'Menjadi rujukan pembinaan kerukunan.'] },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------------

export const COMPETENCY_GROUPS: CompetencyGroupSeed[] = [
  MANAJERIAL,
  SOSIAL_KULTURAL,
  ...DIGITAL,
  TEKNIS_KESEHATAN,
  TEKNIS_PENDIDIKAN,
  TEKNIS_TIK,
  TEKNIS_PEKERJAAN_UMUM,
  TEKNIS_KEUANGAN,
  TEKNIS_ADMINDUK,
  TEKNIS_SOSIAL,
  TEKNIS_PEMERINTAHAN,
];

/**
 * Typical required managerial level per kind of position (PermenPANRB 38/2017).
 * (verify) These figures are recalled, not read from the regulation: kept as data so that
 * BKPSDM can correct them. Fungsional keterampilan is "about 1–2" as recalled; the split below
 * (Penyelia and Mahir 2, Terampil and Pemula 1) is our choice.
 */
export const STANDARD_MANAGERIAL_LEVEL: StandardLevels = {
  [PositionKind.JPT_UTAMA]: 5,
  [PositionKind.JPT_MADYA]: 5,
  [PositionKind.JPT_PRATAMA]: 4,
  [PositionKind.ADMINISTRATOR]: 3,
  [PositionKind.PENGAWAS]: 2,
  [PositionKind.PELAKSANA]: 1,
  [PositionKind.FUNGSIONAL_AHLI_UTAMA]: 4,
  [PositionKind.FUNGSIONAL_AHLI_MADYA]: 3,
  [PositionKind.FUNGSIONAL_AHLI_MUDA]: 2,
  [PositionKind.FUNGSIONAL_AHLI_PERTAMA]: 1,
  [PositionKind.FUNGSIONAL_TERAMPIL_PENYELIA]: 2,
  [PositionKind.FUNGSIONAL_TERAMPIL_MAHIR]: 2,
  [PositionKind.FUNGSIONAL_TERAMPIL_TERAMPIL]: 1,
  [PositionKind.FUNGSIONAL_TERAMPIL_PEMULA]: 1,
};
