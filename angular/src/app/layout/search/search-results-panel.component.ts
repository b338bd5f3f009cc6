import { Component, ElementRef, effect, inject, input, output } from '@angular/core';
import { MenuIcon, injectPortalFeatures } from '../../core/features/portal-feature';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SearchGroup } from './search-results';
import { fallbackResultIcon } from './search-icon';
import type { SearchState } from './global-search.component';

/** The search box's listbox: results grouped by kind with the kinds' icons (from the features), loaded on first use. */
@Component({
  selector: 'app-search-results-panel',
  imports: [TranslatePipe],
  templateUrl: './search-results-panel.component.html',
  styleUrl: './search-results-panel.component.css',
})
export class SearchResultsPanelComponent {
  readonly groups = input.required<readonly SearchGroup[]>();
  readonly active = input(-1);
  readonly state = input.required<SearchState>();
  readonly query = input('');
  readonly opened = output<number>();
  readonly hovered = output<number>();
  private readonly icons: Readonly<Record<string, MenuIcon>> = Object.assign(
    {},
    ...injectPortalFeatures().map((feature) => feature.searchIcons ?? {}),
  );
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    effect(() => {
      const active = this.active();
      if (active >= 0) this.element.nativeElement.querySelector(`#search-hit-${active}`)?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  protected icon(kind: string): MenuIcon {
    return this.icons[kind] ?? fallbackResultIcon;
  }

  protected choose(event: MouseEvent, index: number): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.opened.emit(index);
  }
}
