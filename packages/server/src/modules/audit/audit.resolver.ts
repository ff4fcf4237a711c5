import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import { auditService } from './audit.service.js';

const AuditEventConnection = Connection(AuditEvent, 'An audit event.');

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only what this account did.' })
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. "recordCompetencyAssessment" or "READ_PROFILE".' })
  operation?: string | null;

  @Field(() => AuditOutcome, { nullable: true, description: 'Only events with this outcome.' })
  outcome?: AuditOutcome | null;

  @Field(() => ID, { nullable: true, description: 'Only events that touched this employee.' })
  employeeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this moment.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this moment.' })
  to?: Date | null;
}

/** The audit trail, for ADMIN: read-only, there is no mutation of it. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, oldest first (ADMIN).' })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() { em }: RequestContext) {
    const filter = {
      accountId: args.accountId ? Number(args.accountId) : null,
      operation: args.operation,
      outcome: args.outcome,
      employeeId: args.employeeId ? Number(args.employeeId) : null,
      from: args.from,
      to: args.to,
    };
    return AuditEventConnection.from(await auditService.list(em, filter, readPage(args)));
  }
}
