/** RACI pickers: a party is encoded as 'User:<id>' or 'Position:<id>' in the selects. */
export type RaciRoleName = 'Responsible' | 'Accountable' | 'Consulted' | 'Informed';
export type RaciKindName = 'User' | 'Position';

export interface RaciParty {
  kind: RaciKindName;
  partyId: string;
}

export interface RaciOption {
  value: string;
  label: string;
}

export interface RaciEntryLike extends RaciParty {
  role: RaciRoleName;
}

export function partyKey(party: RaciParty): string {
  return `${party.kind}:${party.partyId}`;
}

export function parsePartyKey(key: string): RaciParty {
  const [kind, partyId] = key.split(':');
  return { kind: kind === 'Position' ? 'Position' : 'User', partyId };
}

/** The request's RACI list from the dialog's four pickers. */
export function raciEntries(responsible: string | null, accountable: string | null, consulted: readonly string[], informed: readonly string[]): RaciEntryLike[] {
  return [
    ...(responsible ? [{ role: 'Responsible' as const, ...parsePartyKey(responsible) }] : []),
    ...(accountable ? [{ role: 'Accountable' as const, ...parsePartyKey(accountable) }] : []),
    ...consulted.map((key) => ({ role: 'Consulted' as const, ...parsePartyKey(key) })),
    ...informed.map((key) => ({ role: 'Informed' as const, ...parsePartyKey(key) })),
  ];
}
