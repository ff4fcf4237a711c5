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
          { level: 1, description: 'Menggunakan layanan digital pemerintah yang sederhana dengan bimbingan.', indicators: ['Menggunakan layanan daring seperti MyASN.', 'Mengetahui kanal pengaduan SP4N-LAPOR!.'] },
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
