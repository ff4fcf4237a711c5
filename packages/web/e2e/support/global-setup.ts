import type { TestProject } from 'vitest/node';
import { startEnvironment } from './environment.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server on one demo database for every browser test of the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const environment = await startEnvironment({ employees: 3000, log: (line) => console.log(`[e2e] ${line}`) });
  project.provide('baseUrl', environment.baseUrl);
  return () => environment.stop();
}
