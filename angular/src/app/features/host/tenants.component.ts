import { Component, inject, signal } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiHostTenantsGet } from '../../api/fn/tenants/api-host-tenants-get';
import { TenantDto } from '../../api/models/tenant-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Host admin: the companies that signed up. */
@Component({
  selector: 'app-tenants',
  imports: [NzTagModule, TranslatePipe],
  template: `
    <h1>{{ 'menu.tenants' | t }}</h1>
    @if (error()) { <p class="empty" role="alert">{{ error() }}</p> }
    @for (tenant of tenants() ?? []; track tenant.id) {
      <div class="item">
        <span class="title">{{ tenant.name }}</span> <span class="muted">{{ tenant.slug }}</span>
        @if (tenant.editionName) { <nz-tag>{{ tenant.editionName }}</nz-tag> }
        @if (!tenant.isActive) { <nz-tag nzColor="red">{{ 'users.inactive' | t }}</nz-tag> }
      </div>
    } @empty {
      <p class="empty">{{ 'tenants.empty' | t }}</p>
    }
  `,
  styleUrl: '../../shared/page.css',
})
export class TenantsComponent {
  protected readonly tenants = signal<TenantDto[] | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    inject(Api)
      .invoke(apiHostTenantsGet, { maxResultCount: 100 })
      .then((page) => this.tenants.set(page.items), (e) => this.error.set(messageOf(e)));
  }
}
