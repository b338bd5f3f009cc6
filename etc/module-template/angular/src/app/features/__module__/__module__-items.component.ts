import { Component, computed, inject, signal } from '@angular/core';
import { Api } from '../../api/api';
import { messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { api__Modulepath__ItemsGet } from './api/fn/__module-kebab__/api-__module-kebab__-items-get';
import { __Module__ItemDto } from './api/models/__module-kebab__-item-dto';

/** Items per page. */
export const __module__PageSize = 20;

/** The list of the company's __Module__ items, a page at a time. */
@Component({
  selector: 'app-__module__-items',
  imports: [...formImports],
  styleUrls: ['../../shared/page.css'],
  template: `
    <h1>{{ '__module__.title' | t }}</h1>
    @if (error(); as message) {
      <nz-alert nzType="error" [nzMessage]="message" />
    }
    @if (items(); as list) {
      @if (list.length === 0) {
        <p data-testid="__module__-empty">{{ '__module__.empty' | t }}</p>
      } @else {
        <ul class="__module__-items" data-testid="__module__-items">
          @for (item of list; track item.id) {
            <li><strong>{{ item.name }}</strong> {{ item.description }}</li>
          }
        </ul>
        <p>{{ '__module__.total' | t: { count: totalCount() } }}</p>
        <button nz-button type="button" [disabled]="page() === 1" (click)="goTo(page() - 1)">{{ '__module__.previous' | t }}</button>
        <button nz-button type="button" [disabled]="page() >= pages()" (click)="goTo(page() + 1)">{{ '__module__.next' | t }}</button>
      }
    }
  `,
})
export class __Module__ItemsComponent {
  private readonly api = inject(Api);
  protected readonly items = signal<__Module__ItemDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / __module__PageSize)));
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      const result = await this.api.invoke(api__Modulepath__ItemsGet, {
        skipCount: (this.page() - 1) * __module__PageSize,
        maxResultCount: __module__PageSize,
      });
      this.items.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
