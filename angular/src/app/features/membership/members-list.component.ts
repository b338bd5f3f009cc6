import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { Api } from '../../api/api';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { apiMembershipMembersGet } from './api/fn/membership/api-membership-members-get';
import { MemberDto } from './api/models/member-dto';

/** Members per page. */
export const membershipPageSize = 20;

/** The company's members as cards (one column on a phone), filtered by text, tag and owner, a page at a time. */
@Component({
  selector: 'app-members-list',
  imports: [...formImports, FormsModule, RouterLink, NzCheckboxModule],
  styleUrls: ['../../shared/page.css', './membership.css'],
  template: `
    <h1>{{ 'membership.title' | t }}</h1>
    @if (canCreate) {
      <div class="member-actions"><a nz-button nzType="primary" routerLink="new">{{ 'membership.new' | t }}</a></div>
    }
    <form class="member-filters" (ngSubmit)="goTo(1)">
      <input nz-input name="filter" [(ngModel)]="filter" [placeholder]="'membership.search' | t" [attr.aria-label]="'membership.search' | t" />
      <input nz-input name="tag" [(ngModel)]="tag" [placeholder]="'membership.tagFilter' | t" [attr.aria-label]="'membership.tagFilter' | t" />
      <label nz-checkbox name="mine" [(ngModel)]="mine">{{ 'membership.mine' | t }}</label>
      <button nz-button type="submit">{{ 'membership.apply' | t }}</button>
    </form>
    @if (error(); as message) {
      <nz-alert nzType="error" [nzMessage]="message" />
    }
    @if (members(); as list) {
      @if (list.length === 0) {
        <p data-testid="membership-empty">{{ 'membership.empty' | t }}</p>
      } @else {
        <ul class="member-cards" data-testid="membership-members">
          @for (member of list; track member.id) {
            <li class="member-card">
              <a [routerLink]="member.id"><strong>{{ member.name }}</strong></a>
              <p>{{ 'membership.kind.' + member.kind | t }}@if (member.region) { · {{ member.region }}}</p>
              @if (member.phone) { <p>{{ member.phone }}</p> }
              @if (member.email) { <p>{{ member.email }}</p> }
              @if (member.tags.length) {
                <p>@for (tag of member.tags; track tag) { <span class="member-tag">{{ tag }}</span> }</p>
              }
            </li>
          }
        </ul>
        <p>{{ 'membership.total' | t: { count: totalCount() } }}</p>
        <div class="member-actions">
          <button nz-button type="button" [disabled]="page() === 1" (click)="goTo(page() - 1)">{{ 'membership.previous' | t }}</button>
          <button nz-button type="button" [disabled]="page() >= pages()" (click)="goTo(page() + 1)">{{ 'membership.next' | t }}</button>
        </div>
      }
    }
  `,
})
export class MembersListComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly canCreate = this.config.isGranted('Membership.Members.Create');
  protected filter = '';
  protected tag = '';
  protected mine = false;
  protected readonly members = signal<MemberDto[] | null>(null);
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
      const result = await this.api.invoke(apiMembershipMembersGet, {
        skipCount: (this.page() - 1) * membershipPageSize,
        maxResultCount: membershipPageSize,
        filter: this.filter.trim() || undefined,
        tag: this.tag.trim() || undefined,
        ownerId: this.mine ? (this.config.config()?.currentUser.id ?? undefined) : undefined,
      });
      this.members.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
