import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiIdentityRolesGet } from '../../api/fn/roles/api-identity-roles-get';
import { apiIdentityUsersGet } from '../../api/fn/users/api-identity-users-get';
import { apiIdentityUsersPost } from '../../api/fn/users/api-identity-users-post';
import { RoleDto } from '../../api/models/role-dto';
import { UserDto } from '../../api/models/user-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';

@Component({
  selector: 'app-users',
  imports: [...formImports, NzSelectModule, NzTagModule],
  templateUrl: './users.component.html',
  styleUrl: '../../shared/page.css',
})
export class UsersComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly canCreate = computed(() => this.config.isGranted('Identity.Users.Create'));
  protected readonly users = signal<UserDto[] | null>(null);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly created = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: ['', [Validators.required, Validators.maxLength(64)]],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(8)]],
    roleNames: [['staff'] as string[]],
  });

  constructor() {
    void this.load();
  }

  protected roleName(name: string): string {
    return this.roles().find((r) => r.name === name)?.displayName ?? name;
  }

  protected async load(): Promise<void> {
    try {
      const [page, roles] = await Promise.all([
        this.api.invoke(apiIdentityUsersGet, { maxResultCount: 1000 }),
        this.config.isGranted('Identity.Roles') ? this.api.invoke(apiIdentityRolesGet) : Promise.resolve([] as RoleDto[]),
      ]);
      this.users.set(page.items);
      this.roles.set(roles);
    } catch (e) {
      this.error.set(messageOf(e));
      this.users.set([]);
    }
  }

  protected async create(): Promise<void> {
    this.formError.set(null);
    this.created.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.busy.set(true);
    try {
      const user = await this.api.invoke(apiIdentityUsersPost, { body: { ...this.form.getRawValue(), isActive: true } });
      this.users.update((list) => [...(list ?? []), user]);
      this.created.set(user.userName);
      this.form.reset();
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
