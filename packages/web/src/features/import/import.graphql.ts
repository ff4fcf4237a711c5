import { gql } from '@apollo/client';

/** What a file holds (the API's ImportKind); each kind has one column layout (docs/import.md). */
export type ImportKind =
  | 'WORK_UNITS'
  | 'POSITIONS'
  | 'EMPLOYEES'
  | 'COMPETENCY_ASSESSMENTS'
  | 'TRAINING_RECORDS'
  | 'PERFORMANCE_EVALUATIONS'
  | 'COURSES'
  | 'TRAINING_PROVIDERS';

export type ImportStatus = 'RECEIVED' | 'VALIDATING' | 'PREVIEWED' | 'REJECTED' | 'COMMITTING' | 'COMMITTED' | 'FAILED';

export interface ImportRowError {
  /** As a spreadsheet numbers it (header = 1); null for the whole file. */
  row: number | null;
  column: string | null;
  value: string | null;
  messageIndonesian: string;
  messageEnglish: string;
}

/** An import job, as POST /api/imports answers it and as importJob selects it. */
export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  rowsRead: number;
  rowsValid: number;
  rowsToCreate: number;
  rowsToUpdate: number;
  rowsUnchanged: number;
  rowsWritten: number;
  errorCount: number;
  rowErrors: ImportRowError[];
  duplicateOfJobId: string | null;
  requestedBy: string | null;
  createdAt: string;
  committedAt: string | null;
}

export interface ImportJobData {
  importJob: ImportJob;
}

export interface ImportJobVariables {
  id: string;
  [key: string]: unknown;
}

const JOB_FIELDS = `
  id kind fileName fileSize status rowsRead rowsValid rowsToCreate rowsToUpdate rowsUnchanged rowsWritten
  errorCount rowErrors { row column value messageIndonesian messageEnglish } duplicateOfJobId requestedBy createdAt committedAt
`;

/** One job with its live progress while it runs (polled during an upload and a commit). */
export const IMPORT_JOB_QUERY = gql`
  query ImportJob($id: ID!) {
    importJob(id: $id) { ${JOB_FIELDS} }
  }
`;

export type ImportJobSummary = Pick<ImportJob, 'id' | 'kind' | 'fileName' | 'status' | 'rowsRead' | 'rowsWritten' | 'errorCount' | 'requestedBy' | 'createdAt' | 'committedAt'>;

export interface ImportJobsData {
  importJobs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ImportJobSummary[];
  };
}

export interface ImportJobsVariables {
  first: number;
  after: string | null;
  [key: string]: unknown;
}

/** Import jobs in upload order, the oldest first (the API has no other order). */
export const IMPORT_JOBS_QUERY = gql`
  query ImportJobs($first: Int!, $after: String) {
    importJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        fileName
        status
        rowsRead
        rowsWritten
        errorCount
        requestedBy
        createdAt
        committedAt
      }
    }
  }
`;
