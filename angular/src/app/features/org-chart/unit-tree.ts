import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';

export interface UnitRow {
  unit: OrganizationUnitDto;
  depth: number;
}

/** Units in tree order (their codes sort parent-first: "00001" < "00001.00001" < "00002"), with their depth. */
export function toTreeRows(units: readonly OrganizationUnitDto[]): UnitRow[] {
  return [...units]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((unit) => ({ unit, depth: unit.code.split('.').length - 1 }));
}

/** Whether `candidate` is `unit` itself or one of its sub-units (a unit cannot move there). */
export function isInSubtree(unit: OrganizationUnitDto, candidate: OrganizationUnitDto): boolean {
  return candidate.id === unit.id || candidate.code.startsWith(unit.code + '.');
}

/**
 * The rows to show: none below a collapsed unit; with a `keep` filter (e.g. "has a vacant position") only the units
 * it keeps and the units above them, so the tree keeps its shape.
 */
export function visibleRows(rows: readonly UnitRow[], collapsed: ReadonlySet<string>, keep: ((unitId: string) => boolean) | null): UnitRow[] {
  const kept = keep ? rows.filter((r) => keep(r.unit.id)) : null;
  return rows.filter((row) => {
    if (rows.some((other) => collapsed.has(other.unit.id) && row.unit.code.startsWith(other.unit.code + '.'))) return false;
    return !kept || kept.some((k) => k.unit.id === row.unit.id || k.unit.code.startsWith(row.unit.code + '.'));
  });
}

/** The collapsed units once the units above `unitId` are opened, so it shows (a search result's `?unit=` link). */
export function revealUnit(rows: readonly UnitRow[], collapsed: ReadonlySet<string>, unitId: string): ReadonlySet<string> {
  const target = rows.find((r) => r.unit.id === unitId)?.unit;
  if (!target) return collapsed;
  const above = rows.filter((r) => target.code.startsWith(r.unit.code + '.')).map((r) => r.unit.id);
  return above.some((id) => collapsed.has(id)) ? new Set([...collapsed].filter((id) => !above.includes(id))) : collapsed;
}
