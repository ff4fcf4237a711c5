import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentMethod, CompetencyAssessment } from './competency-assessment.entity.js';
import { PotentialAssessment } from './potential-assessment.entity.js';

@InputType({ description: 'New evidence of an employee\'s level on a competency.' })
export class RecordCompetencyAssessmentInput {
  @Field(() => ID, { description: 'The employee assessed.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The competency assessed.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Assessed level, 1 to 5.' })
  level!: number;

  @Field(() => AssessmentMethod, { description: 'How the level was established.' })
  method!: AssessmentMethod;

  @Field(() => String, { description: 'Day of the assessment (YYYY-MM-DD); not in the future.' })
  assessedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The assessor, when an employee of the city. A supervisor is the assessor of what they record (leave it out, or name themselves); BKPSDM names the assessor it enters the rating for; never the employee assessed, other than in a SELF assessment.' })
  assessorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of an assessor from outside the city (e.g. an assessment centre).' })
  assessorName?: string | null;

  @Field(() => String, { nullable: true, description: 'Note or reference to the evidence.' })
  note?: string | null;
}

@InputType({ description: 'A potential (potensi) assessment.' })
export class RecordPotentialAssessmentInput {
  @Field(() => ID, { description: 'The employee assessed.' })
  employeeId!: string;

  @Field(() => String, { description: 'Day of the assessment (YYYY-MM-DD); not in the future.' })
  assessedOn!: string;

  @Field(() => Float, { description: 'Score, 0 to 100. The band follows from the thresholds in force.' })
  score!: number;
}

@ObjectType({ description: 'The result of recordCompetencyAssessment.' })
export class RecordCompetencyAssessmentPayload {
  @Field(() => CompetencyAssessment, { description: 'The assessment recorded.' })
  assessment!: CompetencyAssessment;
}

@ObjectType({ description: 'The result of recordPotentialAssessment.' })
export class RecordPotentialAssessmentPayload {
  @Field(() => PotentialAssessment, { description: 'The potential assessment recorded, with its band.' })
  potentialAssessment!: PotentialAssessment;
}
