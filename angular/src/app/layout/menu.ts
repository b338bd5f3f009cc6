import { MenuEntry, MenuGroup, menuGroups } from '../core/features/portal-feature';

export interface MenuSection {
  readonly group: MenuGroup;
  readonly entries: readonly MenuEntry[];
}

export interface MenuAccess {
  readonly isHost: boolean;
  isGranted(permission?: string): boolean;
  isFeatureEnabled(feature?: string): boolean;
}

/** What the signed-in user may open: their side (company or host), granted permission, module switched on. */
export function visibleMenu(entries: readonly MenuEntry[], access: MenuAccess): MenuEntry[] {
  return entries.filter((entry) => {
    const side = entry.side ?? 'tenant';
    const onMySide = side === 'both' || (side === 'host') === access.isHost;
    return onMySide && access.isGranted(entry.permission) && access.isFeatureEnabled(entry.feature);
  });
}

/** The entries by group, groups in `menuGroups` order, entries in the order the features registered them; empty groups left out. */
export function groupMenu(entries: readonly MenuEntry[]): MenuSection[] {
  return menuGroups
    .map((group) => ({ group, entries: entries.filter((entry) => entry.group === group) }))
    .filter((section) => section.entries.length > 0);
}
