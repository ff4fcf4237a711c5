import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { check } from '../../common/validate.js';
import { CompetencyLevel } from './competency-level.entity.js';
import { Competency, CompetencyGroup, type CompetencyKind } from './competency.entity.js';
import type { CompetencyLevelInput, CreateCompetencyInput, UpdateCompetencyInput } from './competency.inputs.js';

function checkLevels(levels: CompetencyLevelInput[]): { level: number; description: string; indicators: string[] }[] {
  if (levels.length !== 5) throw DomainError.badInput('levels', `levels must describe each of the levels 1 to 5 once; got ${levels.length}`);
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  return sorted.map((l, i) => {
    const at = `levels[${levels.indexOf(l)}]`;
    if (l.level !== i + 1) throw DomainError.badInput(`${at}.level`, 'levels must describe each of the levels 1 to 5 once');
    const indicators = l.indicators.map((text, j) => check.text(`${at}.indicators[${j}]`, text, 1000));
    if (indicators.length === 0) throw DomainError.badInput(`${at}.indicators`, 'each level needs at least one behaviour indicator');
    return { level: l.level, description: check.text(`${at}.description`, l.description, 2000), indicators };
  });
}

async function checkGroup(em: SqlEntityManager, groupId: string, kind: CompetencyKind): Promise<CompetencyGroup> {
  const group = await check.exists(em, CompetencyGroup, 'groupId', groupId, 'competency group');
  if (group.kind !== kind) throw DomainError.badInput('groupId', `group ${group.code} holds ${group.kind} competencies, not ${kind}`);
  return group;
}

/** Changes to the competency dictionary, each in one transaction. */
export const competencyWriteService = {
  async create(em: SqlEntityManager, input: CreateCompetencyInput): Promise<Competency> {
    return em.transactional(async (tx) => {
      const code = check.text('code', input.code, 20);
      const name = check.text('name', input.name, 200);
      const definition = check.text('definition', input.definition, 4000);
      const group = input.groupId ? await checkGroup(tx, input.groupId, input.kind) : null;
      const levels = input.levels ? checkLevels(input.levels) : [];
      await check.unique(tx, Competency, 'code', { code }, `A competency with code ${code}`);
      const competency = tx.create(Competency, { code, name, kind: input.kind, definition, group });
      for (const level of levels) tx.create(CompetencyLevel, { competency, ...level });
      return competency;
    });
  },

  async update(em: SqlEntityManager, input: UpdateCompetencyInput): Promise<Competency> {
    return em.transactional(async (tx) => {
      const competency = await check.target(tx, Competency, input.id, 'Competency');
      if (input.name != null) competency.name = check.text('name', input.name, 200);
      if (input.definition != null) competency.definition = check.text('definition', input.definition, 4000);
      if (input.groupId) competency.group = await checkGroup(tx, input.groupId, competency.kind);
      if (input.levels) {
        const levels = checkLevels(input.levels);
        await tx.nativeDelete(CompetencyLevel, { competency });
        for (const level of levels) tx.create(CompetencyLevel, { competency, ...level });
      }
      return competency;
    });
  },
};
