/** Writes schema/schema.graphql from the code: `pnpm schema:emit`. A test fails when it is stale. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAppSchema, printAppSchema } from '../src/schema.js';

const target = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../schema/schema.graphql');
writeFileSync(target, printAppSchema(await buildAppSchema()));
console.log(`Wrote ${target}`);
