import { Field, ObjectType } from 'type-graphql';
import { loadRelation } from '../../common/loading.js';
import { Account, Role } from './account.entity.js';

/**
 * Who typed a judgement, as opposed to who made it (the assessor or evaluator): separation of duties
 * (docs/security.md). Only the account's shown name and role leave the server, never its username.
 */
@ObjectType({ description: 'The account that entered a record, as opposed to the person who judged (its assessor or evaluator).' })
export class EnteredBy {
  @Field(() => String, { description: 'The name the account shows in the app (e.g. Admin BKPSDM).' })
  displayName!: string;

  @Field(() => Role, { description: 'The role of the account when it is read.' })
  role!: Role;

  @Field(() => Boolean, {
    description: 'True when the record was entered on the judge\'s behalf: the account is not the judge\'s own (e.g. BKPSDM typing a paper form or importing a file), or no judge from the city is named.',
  })
  onBehalf!: boolean;
}

/** The `enteredBy` of a record entered by `account` for the judge `judgeId` (an employee id), batched through the dataloader. */
export async function enteredByOf(account: Account | null | undefined, judgeId: number | null): Promise<EnteredBy | null> {
  const loaded = await loadRelation(account);
  if (!loaded) return null;
  return Object.assign(new EnteredBy(), {
    displayName: loaded.displayName,
    role: loaded.role,
    onBehalf: judgeId === null || loaded.employee?.id !== judgeId,
  });
}
