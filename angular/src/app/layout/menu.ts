import { MenuEntry, MenuGroup, menuGroups } from '../core/features/portal-feature';

export interface MenuSection {
  /** Stable id of the section: the group, or `module:<switch>` for a module's own section. */
  readonly key: string;
  readonly group: MenuGroup;
  /** Text key of the heading: `menu.group.<group>`, or a module's display name `module.<switch>` from its menu texts. */
  readonly title: string;
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

/** The heading's text key of a module's own section (the feature's `menuTexts` carry it). */
export function moduleTitle(feature: string): string {
  return `module.${feature}`;
}

/**
 * The entries by group, groups in `menuGroups` order, entries in the order the features registered them; empty groups
 * left out. The `modules` group becomes one section per module (its switch, `entry.feature`), titled with its name.
 */
export function groupMenu(entries: readonly MenuEntry[]): MenuSection[] {
  return menuGroups.flatMap((group): MenuSection[] => {
    const inGroup = entries.filter((entry) => entry.group === group);
    if (group !== 'modules') {
      return inGroup.length ? [{ key: group, group, title: `menu.group.${group}`, entries: inGroup }] : [];
    }
    const modules = [...new Set(inGroup.map((entry) => entry.feature))];
    return modules.map((feature) => ({
      key: feature ? `module:${feature}` : group,
      group,
      title: feature ? moduleTitle(feature) : `menu.group.${group}`,
      entries: inGroup.filter((entry) => entry.feature === feature),
    }));
  });
}

/** The sections the user folded, kept per browser. */
export class CollapsedSections {
  static readonly storageKey = 'msaas.menu.collapsed';

  private readonly keys: Set<string>;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    this.keys = new Set(CollapsedSections.read(storage));
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Folds or unfolds a section and remembers it; returns whether it is folded now. */
  toggle(key: string): boolean {
    const collapsed = !this.keys.delete(key);
    if (collapsed) this.keys.add(key);
    try {
      this.storage?.setItem(CollapsedSections.storageKey, JSON.stringify([...this.keys]));
    } catch {
      // Storage full or blocked: the menu still folds for this page's life.
    }
    return collapsed;
  }

  private static read(storage: Pick<Storage, 'getItem'> | null): string[] {
    try {
      const value: unknown = JSON.parse(storage?.getItem(CollapsedSections.storageKey) ?? '[]');
      return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }
}
