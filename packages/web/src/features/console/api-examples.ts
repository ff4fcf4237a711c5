/**
 * The example queries of docs/api.md, read from the markdown itself (imported at build time) so the
 * console offers exactly what the documentation shows and a test runs. Pure: no Vue, no DOM.
 */

export interface ConsoleExample {
  /** The heading of the example, e.g. "1. The headline numbers". */
  title: string;
  query: string;
  /** The variables as JSON text, as written in the documentation; '' when the example has none. */
  variables: string;
}

/**
 * Every `### ` heading after "## Example queries" that has a ```graphql block, with the ```json
 * block that follows it (its variables), in the order of the document. Headings without a graphql
 * block are skipped.
 */
export function extractGraphqlExamples(markdown: string): ConsoleExample[] {
  const text = markdown.replace(/\r\n/g, '\n');
  const start = text.search(/^## Example queries\s*$/m);
  if (start < 0) return [];
  // The section ends at the next second-level heading.
  const rest = text.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const examples: ConsoleExample[] = [];
  for (const part of section.split(/^### /m).slice(1)) {
    const title = part.slice(0, part.indexOf('\n') < 0 ? undefined : part.indexOf('\n')).trim();
    const query = /^```graphql\n([\s\S]*?)^```/m.exec(part)?.[1];
    if (!query) continue;
    const variables = /^```json\n([\s\S]*?)^```/m.exec(part)?.[1] ?? '';
    examples.push({ title, query: query.trimEnd() + '\n', variables: variables.trim() });
  }
  return examples;
}
