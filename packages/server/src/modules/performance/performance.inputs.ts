import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EvaluationPeriod, PerformanceEvaluation, Rating } from './performance-evaluation.entity.js';

@InputType({ description: 'An SKP evaluation. The predikat is derived from the two ratings, never entered.' })
export class RecordPerformanceEvaluationInput {
  @Field(() => ID, { description: 'The employee evaluated.' })
  employeeId!: string;

  @Field(() => Int, { description: 'Year evaluated (2000–2100, not after the current year).' })
  year!: number;

  @Field(() => EvaluationPeriod, { description: 'The quarter or the whole year.' })
  period!: EvaluationPeriod;

  @Field(() => Rating, { description: 'Rating of work results (hasil kerja).' })
  resultsRating!: Rating;

  @Field(() => Rating, { description: 'Rating of work behaviour (perilaku kerja).' })
  behaviourRating!: Rating;

  @Field(() => ID, { nullable: true, description: 'The evaluator (pejabat penilai kinerja). A supervisor is the evaluator of what they record (leave it out, or name themselves); BKPSDM names the evaluator it enters the SKP for; never the employee evaluated.' })
  evaluatorId?: string | null;
}

@ObjectType({ description: 'The result of recordPerformanceEvaluation.' })
export class RecordPerformanceEvaluationPayload {
  @Field(() => PerformanceEvaluation, { description: 'The evaluation recorded, with its derived predikat.' })
  performanceEvaluation!: PerformanceEvaluation;
}
