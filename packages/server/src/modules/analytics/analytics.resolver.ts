import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { heatmap } from './heatmap.service.js';
import { Heatmap, HeatmapInput } from './heatmap.types.js';

@Resolver()
export class AnalyticsResolver {
  @Query(() => Heatmap, { description: 'Competency gaps across work units (or unit kinds, jabatan kinds, golongan) × competencies, matrix-shaped. Small groups are withheld.' })
  competencyGapHeatmap(@Arg('input', () => HeatmapInput, { description: 'What to show; every field is optional.' }) input: HeatmapInput, @Ctx() { em }: RequestContext) {
    return heatmap(em, input);
  }
}
