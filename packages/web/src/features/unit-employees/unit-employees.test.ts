import { describe, expect, it } from 'vitest';
import type { UnitEmployeeFragment as UnitEmployee } from './unit-employees.generated.ts';
import { levelOn, nextPage, pageRange, previousPage, toEmployeeLevels } from './unit-employees.ts';

const employee: UnitEmployee = {
  id: '7',
  name: 'Siti Rahma',
  nip: '199001012015012001',
  pseudonym: 'P-3F9A1C22B0',
  position: { id: 'p', name: 'Perawat Ahli Pertama', kind: 'FUNGSIONAL_AHLI_PERTAMA' },
  workUnit: { id: 'u', name: 'Puskesmas Dempo' },
  positionKind: 'FUNGSIONAL_AHLI_PERTAMA',
  topWorkUnit: { id: 't', name: 'Dinas Kesehatan' },
  competencyGaps: [
    { requiredLevel: 3, currentLevel: 2, gap: 1, status: 'BELOW_STANDARD', critical: true, weight: 1.5, competency: { id: '1', code: 'T.KES.08', name: 'Asuhan Keperawatan', kind: 'TEKNIS' } },
    { requiredLevel: 2, currentLevel: null, gap: null, status: 'NO_DATA', critical: false, weight: 1, competency: { id: '2', code: 'DC.1.1', name: 'Penelusuran', kind: 'DIGITAL' } },
  ],
  currentCompetencies: [
    { level: 2, assessedOn: '2026-01-01', competency: { id: '1', code: 'T.KES.08' } },
    { level: 4, assessedOn: '2025-06-01', competency: { id: '3', code: 'M.05' } },
  ],
};

describe('levelOn', () => {
  it('takes a required competency from the gaps', () => {
    expect(levelOn(employee, 'T.KES.08')).toEqual({
      id: '7',
      name: 'Siti Rahma',
      pseudonymised: false,
      position: 'Perawat Ahli Pertama',
      unit: 'Puskesmas Dempo',
      requiredLevel: 3,
      currentLevel: 2,
      gap: 1,
      status: 'BELOW_STANDARD',
      critical: true,
    });
  });

  it('keeps "never assessed" apart from a level', () => {
    expect(levelOn(employee, 'DC.1.1')).toMatchObject({ requiredLevel: 2, currentLevel: null, gap: null, status: 'NO_DATA' });
  });

  it('shows the current level of a competency the jabatan does not require', () => {
    expect(levelOn(employee, 'M.05')).toMatchObject({ requiredLevel: null, currentLevel: 4, gap: null, status: 'NOT_REQUIRED', critical: false });
  });

  it('has no level for a competency neither required nor assessed', () => {
    expect(levelOn(employee, 'M.01')).toMatchObject({ requiredLevel: null, currentLevel: null, status: 'NOT_REQUIRED' });
  });

  it('shows the pseudonym where the name is withheld from the viewer (ANALYST)', () => {
    const withheld = { ...employee, name: null, nip: null };
    expect(levelOn(withheld, 'T.KES.08')).toMatchObject({ id: '7', name: 'P-3F9A1C22B0', pseudonymised: true, currentLevel: 2, status: 'BELOW_STANDARD' });
  });

  it('maps a list', () => {
    expect(toEmployeeLevels([employee, employee], 'M.05')).toHaveLength(2);
  });
});

describe('pages', () => {
  it('moves forward and back through cursors', () => {
    let stack: (string | null)[] = [null];
    stack = nextPage(stack, 'c1');
    stack = nextPage(stack, 'c2');
    expect(stack).toEqual([null, 'c1', 'c2']);
    expect(pageRange(stack, 25)).toEqual({ from: 51, to: 75 });
    stack = previousPage(stack);
    expect(stack).toEqual([null, 'c1']);
    expect(previousPage(previousPage(stack))).toEqual([null]);
  });

  it('stays put without an end cursor', () => {
    expect(nextPage([null], null)).toEqual([null]);
  });

  it('gives 0–0 for an empty page', () => {
    expect(pageRange([null], 0)).toEqual({ from: 0, to: 0 });
  });
});
