import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiOrgUnitsGet } from '../../api/fn/organization-units/api-org-units-get';
import { apiOrgUnitsIdMovePost } from '../../api/fn/organization-units/api-org-units-id-move-post';
import { apiOrgUnitsImportDefaultPost } from '../../api/fn/organization-units/api-org-units-import-default-post';
import { apiOrgUnitsPost } from '../../api/fn/organization-units/api-org-units-post';
import { apiOrgPositionsGet } from '../../api/fn/positions/api-org-positions-get';
import { apiOrgPositionsPost } from '../../api/fn/positions/api-org-positions-post';
import { apiIdentityUsersGet } from '../../api/fn/users/api-identity-users-get';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { OrganizationUnitKind } from '../../api/models/organization-unit-kind';
import { PositionDto } from '../../api/models/position-dto';
import { UserDto } from '../../api/models/user-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { UnitMoveComponent } from './unit-move.component';
import { toTreeRows } from './unit-tree';
import { touchAll } from '../../core/forms/touch-all';

@Component({
  selector: 'app-org-chart',
  imports: [...formImports, NzSelectModule, NzTagModule, UnitMoveComponent],
  templateUrl: './org-chart.component.html',
  styleUrls: ['../../shared/page.css', './org-chart.component.css'],
})
export class OrgChartComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly canManageUnits = computed(() => this.config.isGranted('OrgChart.Units.Manage'));
  protected readonly canManagePositions = computed(() => this.config.isGranted('OrgChart.Positions.Manage'));
  protected readonly units = signal<OrganizationUnitDto[] | null>(null);
  protected readonly positions = signal<PositionDto[]>([]);
  protected readonly users = signal<UserDto[]>([]);
  protected readonly rows = computed(() => toTreeRows(this.units() ?? []));
  protected readonly error = signal<string | null>(null);
  protected readonly unitError = signal<string | null>(null);
  protected readonly positionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The unit being dragged, the one whose "Move to…" panel is open, and what the last move did (a live region). */
  protected readonly dragging = signal<OrganizationUnitDto | null>(null);
  protected readonly dropTarget = signal<string | null>(null);
  protected readonly moving = signal<string | null>(null);
  protected readonly moveStatus = signal('');
  protected readonly moveError = signal<string | null>(null);
  protected readonly unitForm = this.fb.group({
    displayName: ['', [Validators.required, Validators.maxLength(128)]],
    parentId: [null as string | null],
    kind: ['Department' as OrganizationUnitKind],
  });
  protected readonly positionForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(64)]],
    organizationUnitIds: [[] as string[]],
    holderUserIds: [[] as string[]],
    duties: [''],
  });

  constructor() {
    void this.load();
  }

  protected unitName(id: string): string {
    return this.units()?.find((u) => u.id === id)?.displayName ?? '';
  }

  protected positionsOf(unitId: string): PositionDto[] {
    return this.positions().filter((p) => p.organizationUnitIds.includes(unitId));
  }

  protected async load(): Promise<void> {
    try {
      const [units, positions, users] = await Promise.all([
        this.api.invoke(apiOrgUnitsGet),
        this.api.invoke(apiOrgPositionsGet).catch(() => [] as PositionDto[]),
        this.config.isGranted('Identity.Users') ? this.api.invoke(apiIdentityUsersGet, { maxResultCount: 1000 }).then((p) => p.items) : Promise.resolve([] as UserDto[]),
      ]);
      this.units.set(units);
      this.positions.set(positions);
      this.users.set(users);
    } catch (e) {
      this.error.set(messageOf(e));
      this.units.set([]);
    }
  }

  protected dragStart(event: DragEvent, unit: OrganizationUnitDto): void {
    this.dragging.set(unit);
    this.moveError.set(null);
    event.dataTransfer?.setData('text/plain', unit.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  protected dragOver(event: DragEvent, targetId: string | null): void {
    if (!this.dragging()) return;
    event.preventDefault();
    this.dropTarget.set(targetId ?? 'top');
  }

  protected dragEnd(): void {
    this.dragging.set(null);
    this.dropTarget.set(null);
  }

  /** Dropping on itself or a sub-unit is sent too: the server refuses it with 422 and that message is shown. */
  protected async drop(event: DragEvent, targetId: string | null): Promise<void> {
    event.preventDefault();
    const unit = this.dragging();
    this.dragEnd();
    if (unit) await this.move(unit, targetId);
  }

  protected async move(unit: OrganizationUnitDto, newParentId: string | null): Promise<void> {
    this.moveError.set(null);
    this.moveStatus.set('');
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgUnitsIdMovePost, { id: unit.id, body: { newParentId } });
      this.moving.set(null);
      await this.load();
      this.moveStatus.set(
        newParentId
          ? this.translate.t('org.moved', { name: unit.displayName, parent: this.unitName(newParentId) })
          : this.translate.t('org.movedTop', { name: unit.displayName }),
      );
    } catch (e) {
      this.moveError.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addUnit(): Promise<void> {
    this.unitError.set(null);
    if (this.unitForm.invalid) {
      touchAll(this.unitForm);
      return;
    }
    this.busy.set(true);
    try {
      const unit = await this.api.invoke(apiOrgUnitsPost, { body: this.unitForm.getRawValue() });
      this.units.update((list) => [...(list ?? []), unit]);
      this.unitForm.reset();
    } catch (e) {
      this.unitError.set(applyServerErrors(this.unitForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addPosition(): Promise<void> {
    this.positionError.set(null);
    if (this.positionForm.invalid) {
      touchAll(this.positionForm);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.positionForm.getRawValue();
      const position = await this.api.invoke(apiOrgPositionsPost, { body: { ...value, duties: value.duties.trim() || null } });
      this.positions.update((list) => [...list, position]);
      this.positionForm.reset();
    } catch (e) {
      this.positionError.set(applyServerErrors(this.positionForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async importDefault(): Promise<void> {
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgUnitsImportDefaultPost, { body: { template: 'standard' } });
      await this.load();
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
