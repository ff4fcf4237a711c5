import { describe, expect, it } from 'vitest';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import { toTeamRows } from './team-actions.ts';
import { teamCsvFileName, toTeamCsv } from './team-csv.ts';
import type { TeamMemberFragment as TeamMember } from './team.generated.ts';

const gap = (code: string, status: CompetencyGap['status']): CompetencyGap => ({
  requiredLevel: 3, currentLevel: status === 'BELOW_STANDARD' ? 2 : 3, gap: status === 'BELOW_STANDARD' ? 1 : 0, status, critical: false, weight: 1,
  competency: { id: code, code, name: code, kind: 'MANAJERIAL' },
});
const member: TeamMember = {
  id: '1',
  name: 'Siti Aminah, S.Kom',
  nip: '199001012015012001',
  pseudonym: 'P-1',
  position: { id: 'p', name: 'Analis', kind: 'PELAKSANA' },
  workUnit: { id: 'u', name: 'Seksi Data' },
  positionKind: 'PELAKSANA',
  topWorkUnit: { id: 't', name: 'Dinas Kominfo' },
  competencyGaps: [gap('M.01', 'BELOW_STANDARD'), gap('M.02', 'MEETS_STANDARD')],
  jpByYear: [{ year: 2026, jp: 12.5, completedTrainings: 1, meetsTarget: false }],
  performanceEvaluations: [{ id: 'e', year: 2025, period: 'ANNUAL', predikat: 'BAIK' }],
  talentBox: { box: 5 },
  recommendedCourses: [],
};
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toTeamCsv', () => {
  it('writes one Indonesian line per report, the NIP grouped so Excel keeps it as text', () => {
    const l = lines(toTeamCsv(toTeamRows([member], 2026), 'id'));
    expect(l[0]).toBe('NIP;Nama;Jabatan;Unit kerja;Kompetensi dipersyaratkan;Di bawah standar;Kritis di bawah standar;Belum dinilai;Memenuhi standar;JP tahun ini;Predikat SKP terakhir;Tahun SKP;Tindakan yang disarankan');
    expect(l[1]).toBe('19900101 201501 2 001;Siti Aminah, S.Kom;Analis;Seksi Data;2;1;0;0;1;12,5;Baik;2025;Pelatihan; Penuhi 20 JP'.replace('Pelatihan; Penuhi 20 JP', '"Pelatihan; Penuhi 20 JP"'));
  });

  it('writes English with "," and quotes names holding a comma', () => {
    const l = lines(toTeamCsv(toTeamRows([member], 2026), 'en'));
    expect(l[0].startsWith('NIP,Name,Position')).toBe(true);
    expect(l[1].startsWith('19900101 201501 2 001,"Siti Aminah, S.Kom",Analis')).toBe(true);
    expect(teamCsvFileName('id', 'Budi Santoso', '2026-11-27')).toBe('tim-budi-santoso-2026-11-27.csv');
  });
});
