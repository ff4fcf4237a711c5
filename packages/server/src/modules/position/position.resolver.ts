import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Competency } from '../competency/competency.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { PositionRequirement } from './position-requirement.entity.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => WorkUnit, { description: 'The work unit the position belongs to.' })
  workUnit(@Root() position: Position) {
    return loadRelation(position.workUnit);
  }

  @FieldResolver(() => [PositionRequirement], { description: 'The competency standard of the position: one requirement per competency.' })
  requirements(@Root() position: Position) {
    return loadCollection(position.requirements);
  }
}

@Resolver(() => PositionRequirement)
export class PositionRequirementResolver {
  @FieldResolver(() => Competency, { description: 'The competency required.' })
  competency(@Root() requirement: PositionRequirement) {
    return loadRelation(requirement.competency);
  }
}
