import apiGuide from '../../../../../docs/api.md?raw';
import { extractGraphqlExamples, type ConsoleExample } from './api-examples.ts';

/** The example queries of docs/api.md, read from the guide when the app is built. */
export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = extractGraphqlExamples(apiGuide);
