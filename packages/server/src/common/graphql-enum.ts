import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript string enum as a GraphQL enum with a description for the type and for
 * every value, so the emitted SDL documents the domain's words.
 */
export function registerDescribedEnum<T extends Record<string, string>>(
  enumObject: T,
  name: string,
  description: string,
  values: { [K in keyof T]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, text]) => [key, { description: text }]),
    ) as { [K in keyof T]: { description: string } },
  });
}
