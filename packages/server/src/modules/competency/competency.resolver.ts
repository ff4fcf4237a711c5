import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/errors.js';
import { ownedList } from '../../common/loaders.js';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { CompetencyLevel } from './competency-level.entity.js';
import { Competency, CompetencyGroup, CompetencyKind } from './competency.entity.js';
import { CourseCompetency } from '../training/course.entity.js';
import { CreateCompetencyInput, CreateCompetencyPayload, UpdateCompetencyInput, UpdateCompetencyPayload } from './competency.inputs.js';
import { competencyWriteService } from './competency-write.service.js';
import { competencyService } from './competency.service.js';

export const CompetencyConnection = Connection(Competency, 'competency');

@ArgsType()
class CompetenciesArgs extends PageArgs {
  @Field(() => CompetencyKind, { nullable: true, description: 'Only competencies of this type.' })
  kind?: CompetencyKind | null;
}

@Resolver(() => Competency)
export class CompetencyResolver {
  @Query(() => CompetencyConnection, { description: 'The competency dictionary (kamus kompetensi), ordered by id.' })
  async competencies(@Args(() => CompetenciesArgs) args: CompetenciesArgs, @Ctx() { em }: RequestContext) {
    return CompetencyConnection.from(await competencyService.list(em, { kind: args.kind }, readPage(args)));
  }

  @Query(() => Competency, { description: 'One competency, by id or by code (give exactly one).' })
  competency(
    @Ctx() { em }: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Id of the competency.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Code of the competency, e.g. "M.05".' }) code?: string,
  ) {
    if ((id == null) === (code == null)) throw DomainError.badInput('id', 'Give either id or code, not both and not neither');
    return id != null ? competencyService.get(em, Number(id)) : competencyService.byCode(em, code!);
  }

  @Mutation(() => CreateCompetencyPayload, { description: 'Adds a competency to the dictionary, with its level descriptors.' })
  async createCompetency(@Arg('input', () => CreateCompetencyInput, { description: 'The competency.' }) input: CreateCompetencyInput, @Ctx() { em }: RequestContext) {
    return { competency: await competencyWriteService.create(em, input) };
  }

  @Mutation(() => UpdateCompetencyPayload, { description: 'Changes a competency of the dictionary.' })
  async updateCompetency(@Arg('input', () => UpdateCompetencyInput, { description: 'The changes.' }) input: UpdateCompetencyInput, @Ctx() { em }: RequestContext) {
    return { competency: await competencyWriteService.update(em, input) };
  }

  @FieldResolver(() => CompetencyGroup, { nullable: true, description: 'The group the competency belongs to, e.g. a DigComp area.' })
  group(@Root() competency: Competency) {
    return loadRelation(competency.group);
  }

  @FieldResolver(() => [CompetencyLevel], { description: 'Descriptors of levels 1 to 5, in order.' })
  async levels(@Root() competency: Competency) {
    return (await loadCollection(competency.levels)).sort((a, b) => a.level - b.level);
  }

  @FieldResolver(() => [CourseCompetency], { description: 'Courses that develop this competency, with the level each aims at.' })
  developedBy(@Root() competency: Competency, @Ctx() { loaders }: RequestContext) {
    return ownedList(loaders, CourseCompetency, 'competency', competency.id);
  }
}

@Resolver(() => CompetencyGroup)
export class CompetencyGroupResolver {
  @Query(() => [CompetencyGroup], { description: 'Every group of the dictionary (managerial, socio-cultural, DigComp areas, technical fields), by code.' })
  competencyGroups(@Ctx() { em }: RequestContext) {
    return em.find(CompetencyGroup, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Competency], { description: 'The competencies of the group.' })
  competencies(@Root() group: CompetencyGroup, @Ctx() { loaders }: RequestContext) {
    return ownedList(loaders, Competency, 'group', group.id);
  }
}
