import { Component, computed, inject, signal } from '@angular/core';
import { Api } from '../../api/api';
import { messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { apiMembershipItemsGet } from './api/fn/membership/api-membership-items-get';
import { MembershipItemDto } from './api/models/membership-item-dto';

/** Items per page. */
export const membershipPageSize = 20;

/** The list of the company's Membership items, a page at a time. */
@Component({
  selector: 'app-membership-items',
  imports: [...formImports],
  styleUrls: ['../../shared/page.css'],
  template: `
    <h1>{{ 'membership.title' | t }}</h1>
    @if (error(); as message) {
      <nz-alert nzType="error" [nzMessage]="message" />
    }
    @if (items(); as list) {
      @if (list.length === 0) {
        <p data-testid="membership-empty">{{ 'membership.empty' | t }}</p>
      } @else {
        <ul class="membership-items" data-testid="membership-items">
          @for (item of list; track item.id) {
            <li><strong>{{ item.name }}</strong> {{ item.description }}</li>
          }
        </ul>
        <p>{{ 'membership.total' | t: { count: totalCount() } }}</p>
        <button nz-button type="button" [disabled]="page() === 1" (click)="goTo(page() - 1)">{{ 'membership.previous' | t }}</button>
        <button nz-button type="button" [disabled]="page() >= pages()" (click)="goTo(page() + 1)">{{ 'membership.next' | t }}</button>
      }
    }
  `,
})
export class MembershipItemsComponent {
  private readonly api = inject(Api);
  protected readonly items = signal<MembershipItemDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / membershipPageSize)));
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
      const result = await this.api.invoke(apiMembershipItemsGet, {
        skipCount: (this.page() - 1) * membershipPageSize,
        maxResultCount: membershipPageSize,
      });
      this.items.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
