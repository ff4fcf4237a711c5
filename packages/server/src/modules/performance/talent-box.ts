import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import { type LoaderFactory } from '../../common/loaders.js';
import { PotentialBand } from '../assessment/potential-assessment.entity.js';
import { Predikat, Rating } from './performance-evaluation.entity.js';

/**
 * The 9-box of PermenPANRB 3/2020: kinerja (performance, from the SKP) × potensi. Rows: potential
 * rendah, menengah, tinggi; columns: performance below, meets, above expectation.
 */
export const NINE_BOX: Record<PotentialBand, Record<Rating, number>> = {
  [PotentialBand.TINGGI]: { BELOW_EXPECTATION: 6, MEETS_EXPECTATION: 8, ABOVE_EXPECTATION: 9 },
  [PotentialBand.MENENGAH]: { BELOW_EXPECTATION: 3, MEETS_EXPECTATION: 5, ABOVE_EXPECTATION: 7 },
  [PotentialBand.RENDAH]: { BELOW_EXPECTATION: 1, MEETS_EXPECTATION: 2, ABOVE_EXPECTATION: 4 },
};

/** The performance axis from the latest annual SKP predikat: Sangat Baik is above, Baik meets, the rest below expectation. */
export function performanceOf(predikat: Predikat): Rating {
  if (predikat === Predikat.SANGAT_BAIK) return Rating.ABOVE_EXPECTATION;
  if (predikat === Predikat.BAIK) return Rating.MEETS_EXPECTATION;
  return Rating.BELOW_EXPECTATION;
}

@ObjectType({ description: 'Place of an employee in the talent 9-box (PermenPANRB 3/2020).' })
export class TalentBox {
  @Field(() => Int, { description: 'Box number 1–9: 9 is high potential and above-expectation performance.' })
  box!: number;

  @Field(() => Rating, { description: 'Performance axis, from the latest annual SKP predikat.' })
  performance!: Rating;

  @Field(() => Predikat, { description: 'The predikat of that SKP.' })
  predikat!: Predikat;

  @Field(() => Int, { description: 'Year of that SKP.' })
  evaluationYear!: number;

  @Field(() => PotentialBand, { description: 'Potential axis, from the latest potential assessment.' })
  potential!: PotentialBand;

  @Field(() => String, { description: 'Day of that potential assessment (YYYY-MM-DD).' })
  potentialAssessedOn!: string;
}

/** Talent boxes of many employees in two statements; null where an axis is unknown. */
export const talentBoxLoader: LoaderFactory<number, TalentBox | null> = (em) =>
  new DataLoader(async (ids) => {
    const connection = em.getConnection();
    const [evaluations, potentials] = await Promise.all([
      connection.execute(
        `select distinct on (employee_id) employee_id, year, predikat from performance_evaluation
          where period = 'ANNUAL' and employee_id in (?) order by employee_id, year desc`,
        [ids],
      ),
      connection.execute(
        `select distinct on (employee_id) employee_id, band, assessed_on::text as assessed_on from potential_assessment
          where employee_id in (?) order by employee_id, assessed_on desc, id desc`,
        [ids],
      ),
    ]);
    const evaluationOf = new Map(evaluations.map((r: Record<string, unknown>) => [Number(r.employee_id), r]));
    const potentialOf = new Map(potentials.map((r: Record<string, unknown>) => [Number(r.employee_id), r]));
    return ids.map((id) => {
      const evaluation = evaluationOf.get(id);
      const potential = potentialOf.get(id);
      if (!evaluation || !potential) return null;
      const predikat = evaluation.predikat as Predikat;
      const performance = performanceOf(predikat);
      const band = potential.band as PotentialBand;
      return Object.assign(new TalentBox(), {
        box: NINE_BOX[band][performance],
        performance,
        predikat,
        evaluationYear: Number(evaluation.year),
        potential: band,
        potentialAssessedOn: String(potential.assessed_on),
      });
    });
  });
