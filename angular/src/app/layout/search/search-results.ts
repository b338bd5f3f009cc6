/** One result of `GET /api/search`, as the search box shows it. */
export interface SearchHit {
  readonly kind: string;
  readonly kindName: string;
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string | null;
  readonly url: string;
}

export interface SearchGroup {
  readonly kind: string;
  readonly kindName: string;
  /** The hits with their position in the flat list the arrow keys walk through. */
  readonly hits: readonly { readonly hit: SearchHit; readonly index: number }[];
}

/** Hits by kind, kinds in the order they first appear (the server's provider order), hits in their order. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, { kind: string; kindName: string; hits: { hit: SearchHit; index: number }[] }>();
  const ordered = [...hits].sort((a, b) => kindOrder(hits, a.kind) - kindOrder(hits, b.kind));
  ordered.forEach((hit, index) => {
    const group = groups.get(hit.kind) ?? { kind: hit.kind, kindName: hit.kindName, hits: [] };
    group.hits.push({ hit, index });
    groups.set(hit.kind, group);
  });
  return [...groups.values()];
}

/** The hits in the order the list shows them (grouped by kind). */
export function orderedHits(hits: readonly SearchHit[]): SearchHit[] {
  return groupHits(hits).flatMap((group) => group.hits.map((h) => h.hit));
}

function kindOrder(hits: readonly SearchHit[], kind: string): number {
  return hits.findIndex((hit) => hit.kind === kind);
}

/** Worth asking the server (as it validates): 2 characters or more, or one Chinese character (李). */
export function isSearchable(text: string): boolean {
  const q = text.trim();
  return q.length >= 2 || /^[\u3400-\u9fff\uf900-\ufaff]$/.test(q);
}

export type SearchKeyAction =
  | { readonly type: 'move'; readonly active: number }
  | { readonly type: 'open'; readonly index: number }
  | { readonly type: 'close' }
  | { readonly type: 'none' };

/**
 * What a key in the search box does: the arrows move through the results (wrapping, -1 = none active), Enter opens the
 * active result (or the first), Escape closes.
 */
export function searchKey(key: string, active: number, count: number): SearchKeyAction {
  switch (key) {
    case 'ArrowDown':
      return count ? { type: 'move', active: active + 1 >= count ? 0 : active + 1 } : { type: 'none' };
    case 'ArrowUp':
      return count ? { type: 'move', active: active <= 0 ? count - 1 : active - 1 } : { type: 'none' };
    case 'Enter':
      return count ? { type: 'open', index: active >= 0 && active < count ? active : 0 } : { type: 'none' };
    case 'Escape':
      return { type: 'close' };
    default:
      return { type: 'none' };
  }
}
