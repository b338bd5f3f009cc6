import { Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { Api } from '../../api/api';
import { apiSearchGet } from '../../api/fn/search/api-search-get';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { SearchResultsPanelComponent } from './search-results-panel.component';
import { SearchHit, groupHits, isSearchable, orderedHits, searchKey } from './search-results';
import { isSearchShortcut } from './search-shortcut';
import { searchIconPath } from './search-icon';
import { searchTexts } from './search.texts';

/** Time after the last key before the box asks the server. */
export const searchDebounceMilliseconds = 250;

export type SearchState = 'tooShort' | 'loading' | 'done' | 'failed';

/**
 * The header's global search box (combobox): Ctrl+K or "/" focuses it, the arrows move through the results, Enter opens
 * one, Escape closes. On a phone it is an icon that opens a full-width box. The shell loads it on first use (its
 * placeholder keeps the home page light), the results panel with the first results.
 */
@Component({
  selector: 'app-global-search',
  imports: [TranslatePipe, SearchResultsPanelComponent],
  templateUrl: './global-search.component.html',
  styleUrl: './global-search.component.css',
  host: { '(document:keydown)': 'shortcut($event)', '(document:click)': 'clickedOutside($event)' },
})
export class GlobalSearchComponent {
  readonly mobile = input(false);
  /** The shell loads the box when someone asks for it (its placeholder, Ctrl+K, "/"): open and focus it then. */
  readonly focusOnStart = input(false);
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly box = viewChild<ElementRef<HTMLInputElement>>('box');
  protected readonly iconPath = searchIconPath;
  protected readonly expanded = signal(false);
  protected readonly query = signal('');
  protected readonly panelOpen = signal(false);
  protected readonly state = signal<SearchState>('tooShort');
  private readonly hits = signal<readonly SearchHit[]>([]);
  protected readonly groups = computed(() => groupHits(this.hits()));
  private readonly ordered = computed(() => orderedHits(this.hits()));
  protected readonly active = signal(-1);
  /** The listbox is on the page (the combobox's aria-expanded and aria-controls point at it only then). */
  protected readonly listShown = computed(() => this.panelOpen() && this.state() === 'done' && this.hits().length > 0);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor() {
    inject(TranslateService).add(searchTexts);
    afterNextRender(() => {
      if (this.focusOnStart()) this.expand();
    });
  }

  protected shortcut(event: KeyboardEvent): void {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    this.expand();
  }

  /** Shows the box (on a phone) and focuses it. */
  protected expand(): void {
    this.expanded.set(true);
    const box = this.box()?.nativeElement;
    if (box) box.focus();
    else afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
  }

  protected collapse(): void {
    this.panelOpen.set(false);
    this.expanded.set(false);
  }

  protected clickedOutside(event: MouseEvent): void {
    if (!this.host.nativeElement.contains(event.target as Node)) this.panelOpen.set(false);
  }

  protected focused(): void {
    if (this.query().trim()) this.panelOpen.set(true);
  }

  protected typed(text: string): void {
    this.query.set(text);
    this.active.set(-1);
    clearTimeout(this.timer);
    const q = text.trim();
    this.panelOpen.set(q.length > 0);
    if (!isSearchable(q)) {
      this.asked++;
      this.hits.set([]);
      this.state.set('tooShort');
      return;
    }
    this.state.set('loading');
    this.timer = setTimeout(() => void this.search(q), searchDebounceMilliseconds);
  }

  protected key(event: KeyboardEvent): void {
    const action = searchKey(event.key, this.active(), this.panelOpen() ? this.ordered().length : 0);
    if (action.type === 'none') {
      if (event.key === 'ArrowDown' && this.query().trim()) this.panelOpen.set(true);
      return;
    }
    event.preventDefault();
    if (action.type === 'move') this.active.set(action.active);
    else if (action.type === 'open') this.open(action.index);
    else if (this.panelOpen()) this.panelOpen.set(false);
    else if (this.mobile()) this.collapse();
  }

  protected open(index: number): void {
    const hit = this.ordered()[index];
    if (!hit) return;
    this.panelOpen.set(false);
    this.expanded.set(false);
    void this.router.navigateByUrl(hit.url);
  }

  private async search(q: string): Promise<void> {
    const asked = ++this.asked;
    try {
      const hits: readonly SearchHit[] = await this.api.invoke(apiSearchGet, { Q: q, Max: 8 });
      if (asked !== this.asked) return;
      this.hits.set(hits);
      this.state.set('done');
    } catch {
      if (asked !== this.asked) return;
      this.hits.set([]);
      this.state.set('failed');
    }
  }
}
