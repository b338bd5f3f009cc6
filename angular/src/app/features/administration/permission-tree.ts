import { PermissionGroupDto } from '../../api/models/permission-group-dto';
import { PermissionGrantInfoDto } from '../../api/models/permission-grant-info-dto';

/** Every permission name granted in the tree (children included). */
export function grantedNames(groups: readonly PermissionGroupDto[]): string[] {
  const names: string[] = [];
  const walk = (items: readonly PermissionGrantInfoDto[]) => items.forEach((p) => (p.isGranted && names.push(p.name), walk(p.children)));
  groups.forEach((g) => walk(g.permissions));
  return names;
}

/**
 * Checks or clears a permission: clearing also clears its children (they need it), checking also checks its
 * parents. Returns the new set of granted names.
 */
export function toggleGrant(groups: readonly PermissionGroupDto[], granted: ReadonlySet<string>, name: string, on: boolean): Set<string> {
  const result = new Set(granted);
  const path = findPath(groups.flatMap((g) => g.permissions), name);
  if (!path) return result;
  const target = path[path.length - 1];
  if (on) {
    path.forEach((p) => result.add(p.name));
  } else {
    const clear = (p: PermissionGrantInfoDto) => (result.delete(p.name), p.children.forEach(clear));
    clear(target);
  }
  return result;
}

function findPath(items: readonly PermissionGrantInfoDto[], name: string): PermissionGrantInfoDto[] | null {
  for (const item of items) {
    if (item.name === name) return [item];
    const below = findPath(item.children, name);
    if (below) return [item, ...below];
  }
  return null;
}
