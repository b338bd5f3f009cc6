/** The module specifiers of a core file (path relative to src/app) that lead into features/. */
export function featureImports(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g),
  ].map((match) => match[1]);
  const folder = file.split('/').slice(0, -1);
  return specifiers
    .filter((specifier) => resolves(folder, specifier).startsWith('features/'))
    .map((specifier) => `${file} imports ${specifier}`);
}

function resolves(folder: string[], specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = [...folder];
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}
