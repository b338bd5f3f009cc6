import { Component, computed, inject, linkedSignal, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { FormBuilder, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiIdentityRolesGet } from '../../api/fn/roles/api-identity-roles-get';
import { apiIdentityUsersGet } from '../../api/fn/users/api-identity-users-get';
import { apiIdentityUsersIdLockPost } from '../../api/fn/users/api-identity-users-id-lock-post';
import { apiIdentityUsersIdPut } from '../../api/fn/users/api-identity-users-id-put';
import { apiIdentityUsersIdUnlockPost } from '../../api/fn/users/api-identity-users-id-unlock-post';
import { apiIdentityUsersPost } from '../../api/fn/users/api-identity-users-post';
import { RoleDto } from '../../api/models/role-dto';
import { UserDto } from '../../api/models/user-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { touchAll } from '../../core/forms/touch-all';
import { InvitationsComponent } from './invitations.component';
import { UserImportComponent } from './user-import.component';
import { apiIdentityUsersBulkPost } from '../../api/fn/users/api-identity-users-bulk-post';
import { BulkUserAction } from '../../api/models/bulk-user-action';
import { TranslateService } from '../../core/i18n/translate.service';
import { personName } from '../../shared/people/person-name';
import { hasNameParts, namePartMaxLength, nameUnlessParts, revalidateNameWithParts } from './person-name-fields';
import { filterUsers } from './user-filter';

@Component({
  selector: 'app-users',
  imports: [...formImports, NzSelectModule, NzTagModule, NzCheckboxModule, InvitationsComponent, UserImportComponent],
  templateUrl: './users.component.html',
  styleUrls: ['../../shared/page.css', './users.component.css'],
})
export class UsersComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** "Find a person": starts from `?q=` (the global search's people links) and follows it when the URL changes. */
  private readonly routeQuery = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('q') ?? '')), { initialValue: '' });
  protected readonly query = linkedSignal(() => this.routeQuery());
  protected readonly shown = computed(() => filterUsers(this.users() ?? [], this.query(), (u) => this.displayName(u)));
  protected readonly invitations = viewChild(InvitationsComponent);
  /** Bulk actions: the ticked users, the action waiting for confirmation, the role to add or remove, the outcome. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly bulkAction = signal<BulkUserAction | null>(null);
  protected readonly bulkRole = signal('');
  protected readonly bulkMessage = signal<number | null>(null);
  protected readonly bulkError = signal<string | null>(null);
  protected readonly allSelected = computed(() => {
    const list = this.shown();
    return list.length > 0 && list.every((u) => this.selected().has(u.id));
  });
  protected readonly canCreate = computed(() => this.config.isGranted('Identity.Users.Create'));
  protected readonly canUpdate = computed(() => this.config.isGranted('Identity.Users.Update'));
  protected readonly selfId = computed(() => this.config.config()?.currentUser.id ?? null);
  /** The user being edited (form under their row) and the one whose lock/unlock waits for confirmation. */
  protected readonly editing = signal<UserDto | null>(null);
  protected readonly confirming = signal<UserDto | null>(null);
  protected readonly rowMessage = signal<{ id: string; text: string; name: string } | null>(null);
  protected readonly rowError = signal<{ id: string; text: string } | null>(null);
  protected readonly editForm = inject(FormBuilder).nonNullable.group({
    familyName: ['', Validators.maxLength(namePartMaxLength)],
    givenName: ['', Validators.maxLength(namePartMaxLength)],
    name: ['', nameUnlessParts],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(256)]],
    phoneNumber: ['', Validators.maxLength(32)],
    roleNames: [[] as string[]],
    isActive: [true],
  });
  protected readonly editError = signal<string | null>(null);
  protected readonly users = signal<UserDto[] | null>(null);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly created = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: ['', [Validators.required, Validators.maxLength(64)]],
    familyName: ['', Validators.maxLength(namePartMaxLength)],
    givenName: ['', Validators.maxLength(namePartMaxLength)],
    name: ['', nameUnlessParts],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(8)]],
    roleNames: [['staff'] as string[]],
  });

  protected readonly hasNameParts = hasNameParts;

  constructor() {
    revalidateNameWithParts(this.form);
    revalidateNameWithParts(this.editForm);
    void this.load();
  }

  protected displayName(user: UserDto): string {
    return personName(user, this.translate.language());
  }

  /** Typing filters at once and keeps the text in the URL (replacing the entry), so a reload or a shared link shows the same. */
  protected find(text: string): void {
    this.query.set(text);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: text.trim() || null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected toggle(id: string): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
    this.bulkAction.set(null);
  }

  protected toggleAll(list: UserDto[]): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(list.map((u) => u.id)));
    this.bulkAction.set(null);
  }

  protected askBulk(action: BulkUserAction): void {
    this.bulkMessage.set(null);
    this.bulkError.set(null);
    this.bulkAction.set(action);
  }

  protected async confirmBulk(): Promise<void> {
    const action = this.bulkAction();
    if (!action) return;
    this.busy.set(true);
    try {
      const withRole = action === 'AddRole' || action === 'RemoveRole';
      const result = await this.api.invoke(apiIdentityUsersBulkPost, {
        body: { userIds: [...this.selected()], action, roleName: withRole ? this.bulkRole() : null },
      });
      result.users.forEach((u) => this.replace(u));
      this.bulkMessage.set(Number(result.changed));
      this.bulkAction.set(null);
      this.selected.set(new Set());
    } catch (e) {
      this.bulkError.set(messageOf(e));
      this.bulkAction.set(null);
    } finally {
      this.busy.set(false);
    }
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
      this.bulkRole.set(roles[0]?.name ?? '');
    } catch (e) {
      this.error.set(messageOf(e));
      this.users.set([]);
    }
  }

  protected async create(): Promise<void> {
    this.formError.set(null);
    this.created.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const user = await this.api.invoke(apiIdentityUsersPost, { body: { ...this.form.getRawValue(), isActive: true } });
      this.users.update((list) => [...(list ?? []), user]);
      this.created.set(this.displayName(user) || user.userName);
      this.form.reset();
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected edit(user: UserDto): void {
    this.confirming.set(null);
    this.rowMessage.set(null);
    this.editError.set(null);
    this.editForm.reset({ familyName: user.familyName ?? '', givenName: user.givenName ?? '', name: user.name, email: user.email ?? '', phoneNumber: user.phoneNumber ?? '', roleNames: [...user.roleNames], isActive: user.isActive });
    this.editing.set(user);
  }

  protected async saveEdit(): Promise<void> {
    const user = this.editing();
    if (!user) return;
    this.editError.set(null);
    if (this.editForm.invalid) {
      touchAll(this.editForm);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.editForm.getRawValue();
      const saved = await this.api.invoke(apiIdentityUsersIdPut, {
        id: user.id,
        body: { ...value, phoneNumber: value.phoneNumber.trim() || null, concurrencyStamp: user.concurrencyStamp },
      });
      this.replace(saved);
      this.editing.set(null);
      this.rowMessage.set({ id: saved.id, text: 'users.saved', name: this.displayName(saved) });
    } catch (e) {
      this.editError.set(applyServerErrors(this.editForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected askLock(user: UserDto): void {
    this.editing.set(null);
    this.rowMessage.set(null);
    this.rowError.set(null);
    this.confirming.set(user);
  }

  protected async confirmLock(): Promise<void> {
    const user = this.confirming();
    if (!user) return;
    this.busy.set(true);
    try {
      const fn = user.isLockedOut ? apiIdentityUsersIdUnlockPost : apiIdentityUsersIdLockPost;
      this.replace(await this.api.invoke(fn, { id: user.id }));
      this.confirming.set(null);
    } catch (e) {
      this.rowError.set({ id: user.id, text: messageOf(e) });
    } finally {
      this.busy.set(false);
    }
  }

  private replace(user: UserDto): void {
    this.users.update((list) => (list ?? []).map((u) => (u.id === user.id ? user : u)));
  }
}
