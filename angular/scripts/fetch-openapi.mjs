// Saves the host's OpenAPI document to openapi/v1.json (committed), from API_URL (default http://localhost:5000).
import { writeFile } from 'node:fs/promises';

const base = process.env.API_URL ?? 'http://localhost:5000';
const response = await fetch(`${base}/openapi/v1.json`);
if (!response.ok) {
  console.error(`GET ${base}/openapi/v1.json answered ${response.status}; start the host first (dotnet run --project src/MarketingSaaS.HttpApi.Host).`);
  process.exit(1);
}
const document = await response.json();
// The generated clients call relative URLs (same origin as the portal), whatever host served the document.
delete document.servers;
await writeFile(new URL('../openapi/v1.json', import.meta.url), JSON.stringify(document, null, 2) + '\n');
console.log(`openapi/v1.json: ${Object.keys(document.paths).length} paths`);
