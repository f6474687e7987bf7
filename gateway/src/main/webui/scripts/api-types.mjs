// Generates the API's TypeScript types from the services' committed OpenAPI contracts, so the
// client cannot drift from them: a removed field is a type error in `npm run build`.
import openapiTS, { astToString } from 'openapi-typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../../', import.meta.url);
const out = new URL('../src/lib/api/generated/', import.meta.url);
await mkdir(out, { recursive: true });
for (const service of ['identity', 'funding', 'mentorship', 'notification']) {
  const contract = new URL(`${service}-service/src/main/openapi/openapi.json`, root);
  const ast = await openapiTS(JSON.parse(await readFile(contract, 'utf8')));
  await writeFile(new URL(`${service}.ts`, out), `// Generated from ${service}-service's contract by scripts/api-types.mjs; do not edit.\n${astToString(ast)}`);
  console.log(`API types: ${fileURLToPath(new URL(`${service}.ts`, out))}`);
}
