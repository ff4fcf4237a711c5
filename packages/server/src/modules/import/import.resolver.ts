import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { ImportJob } from './import-job.entity.js';
import { importService } from './import.service.js';

export const ImportJobConnection = Connection(ImportJob, 'import job');

/** Import jobs for the web app to poll; files are uploaded and committed over HTTP (docs/import.md). */
@Resolver(() => ImportJob)
export class ImportJobResolver {
  @Query(() => ImportJob, { description: 'One import job, with its progress while it runs (poll it), its counts and its first row errors.' })
  importJob(@Arg('id', () => ID, { description: 'Id of the job, as returned by POST /api/imports.' }) id: string, @Ctx() { em }: RequestContext) {
    return importService.get(em, id);
  }

  @Query(() => ImportJobConnection, { description: 'Import jobs in upload order (the oldest first): the record of every file imported or refused.' })
  async importJobs(@Args(() => PageArgs) args: PageArgs, @Ctx() { em }: RequestContext) {
    return ImportJobConnection.from(await importService.list(em, readPage(args)));
  }
}
