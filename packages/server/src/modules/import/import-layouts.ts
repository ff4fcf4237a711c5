import { ImportKind, type KindDefinition } from './import-kind.js';
import { competencyAssessmentsLayout } from './layouts/competency-assessments.layout.js';
import { coursesLayout } from './layouts/courses.layout.js';
import { employeesLayout } from './layouts/employees.layout.js';
import { performanceEvaluationsLayout } from './layouts/performance-evaluations.layout.js';
import { positionsLayout } from './layouts/positions.layout.js';
import { trainingProvidersLayout } from './layouts/training-providers.layout.js';
import { trainingRecordsLayout } from './layouts/training-records.layout.js';
import { workUnitsLayout } from './layouts/work-units.layout.js';

/** Every layout, in the order a new city is loaded (each kind refers only to kinds before it). */
export const LAYOUTS: readonly KindDefinition<unknown>[] = [
  workUnitsLayout,
  positionsLayout,
  employeesLayout,
  competencyAssessmentsLayout,
  trainingProvidersLayout,
  coursesLayout,
  trainingRecordsLayout,
  performanceEvaluationsLayout,
] as KindDefinition<unknown>[];

export function layoutOf(kind: ImportKind): KindDefinition<unknown> {
  const layout = LAYOUTS.find((l) => l.kind === kind);
  if (!layout) throw new Error(`no layout for ${kind}`);
  return layout;
}

/** The kind a URL names: its slug (`employees`) or its enum value (`EMPLOYEES`). */
export function kindFromSlug(text: string): ImportKind | undefined {
  return LAYOUTS.find((l) => l.slug === text || l.kind === text.toUpperCase().replace(/-/g, '_'))?.kind;
}

export { ImportKind };
