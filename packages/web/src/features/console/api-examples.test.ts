import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { extractGraphqlExamples } from './api-examples.ts';
import { CONSOLE_EXAMPLES } from './console-examples.ts';

const guide = [
  '# The API',
  '',
  '```graphql',
  '{ notAnExample }',
  '```',
  '',
  '## Example queries',
  '',
  'Intro text.',
  '',
  '### 1. Counting',
  '',
  '```graphql',
  '{',
  '  employees(first: 1) { totalCount }',
  '}',
  '```',
  '',
  '### 2. No query here',
  '',
  'Just prose.',
  '',
  '### 3. With variables',
  '',
  '```graphql',
  'query ($id: ID) { employee(id: $id) { name } }',
  '```',
  '',
  '```json',
  '{ "id": "1" }',
  '```',
  '',
  '## Another section',
  '',
  '### Not an example',
  '',
  '```graphql',
  '{ outside }',
  '```',
].join('\n');

describe('extractGraphqlExamples', () => {
  it('reads each example heading of the section with its query and variables', () => {
    expect(extractGraphqlExamples(guide)).toEqual([
      { title: '1. Counting', query: '{\n  employees(first: 1) { totalCount }\n}\n', variables: '' },
      { title: '3. With variables', query: 'query ($id: ID) { employee(id: $id) { name } }\n', variables: '{ "id": "1" }' },
    ]);
  });

  it('ignores blocks before and after the section', () => {
    const queries = extractGraphqlExamples(guide).map((e) => e.query);
    expect(queries.join()).not.toContain('notAnExample');
    expect(queries.join()).not.toContain('outside');
  });

  it('reads Windows line endings', () => {
    expect(extractGraphqlExamples(guide.replace(/\n/g, '\r\n'))).toHaveLength(2);
  });

  it('finds nothing in a document without the section', () => {
    expect(extractGraphqlExamples('# Title\n\n```graphql\n{ a }\n```\n')).toEqual([]);
  });
});

describe('the examples of docs/api.md, as the console gets them at build time', () => {
  it('are all there, parse as GraphQL and carry valid JSON variables', () => {
    expect(CONSOLE_EXAMPLES.length).toBeGreaterThanOrEqual(12);
    for (const example of CONSOLE_EXAMPLES) {
      expect(example.title).toMatch(/^\d+\. /);
      expect(() => parse(example.query), example.title).not.toThrow();
      if (example.variables) expect(JSON.parse(example.variables), example.title).toBeTypeOf('object');
    }
  });
});
