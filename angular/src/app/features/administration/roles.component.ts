import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { Api } from '../../api/api';
import { apiIdentityPermissionsGet } from '../../api/fn/permissions/api-identity-permissions-get';
import { apiIdentityPermissionsPut } from '../../api/fn/permissions/api-identity-permissions-put';
import { apiIdentityRolesGet } from '../../api/fn/roles/api-identity-roles-get';
import { PermissionGroupDto } from '../../api/models/permission-group-dto';
import { RoleDto } from '../../api/models/role-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { grantedNames, toggleGrant } from './permission-tree';

/** Roles and their permission grants as a tree of checkboxes. */
@Component({
  selector: 'app-roles',
  imports: [NgTemplateOutlet, NzButtonModule, NzCheckboxModule, TranslatePipe],
  templateUrl: './roles.component.html',
  styleUrl: './roles.component.css',
})
export class RolesComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly canGrant = computed(() => this.config.isGranted('Identity.Roles.ManagePermissions'));
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly role = signal<RoleDto | null>(null);
  protected readonly groups = signal<PermissionGroupDto[]>([]);
  protected readonly granted = signal<Set<string>>(new Set());
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    this.api.invoke(apiIdentityRolesGet).then(
      (roles) => {
        this.roles.set(roles);
        if (roles[0]) void this.select(roles[0]);
      },
      (e) => this.error.set(messageOf(e)),
    );
  }

  protected async select(role: RoleDto): Promise<void> {
    this.role.set(role);
    this.saved.set(false);
    this.error.set(null);
    if (!this.canGrant()) return;
    try {
      const list = await this.api.invoke(apiIdentityPermissionsGet, { providerName: 'R', providerKey: role.name });
      this.groups.set(list.groups);
      this.granted.set(new Set(grantedNames(list.groups)));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected toggle(name: string, on: boolean): void {
    this.saved.set(false);
    this.granted.set(toggleGrant(this.groups(), this.granted(), name, on));
  }

  protected async save(): Promise<void> {
    const role = this.role();
    if (!role) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const list = await this.api.invoke(apiIdentityPermissionsPut, { providerName: 'R', providerKey: role.name, body: { grantedPermissions: [...this.granted()] } });
      this.groups.set(list.groups);
      this.granted.set(new Set(grantedNames(list.groups)));
      this.saved.set(true);
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
