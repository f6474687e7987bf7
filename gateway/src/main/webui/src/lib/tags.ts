/** Short labels typed as text ("Fund raising, payments، export"): lower-case slugs, each once. */
export function parseTags(typed: string): string[] {
  const all = typed
    .split(/[,،\n]/)
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set(all)];
}
