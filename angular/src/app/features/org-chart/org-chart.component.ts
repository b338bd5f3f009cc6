import { Component, ElementRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { apiOrgUnitsIdDelete } from '../../api/fn/organization-units/api-org-units-id-delete';
import { apiOrgUnitsIdPut } from '../../api/fn/organization-units/api-org-units-id-put';
import { FormsModule } from '@angular/forms';
import { PositionItemComponent } from './position-item.component';
import { revealUnit, visibleRows } from './unit-tree';
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
import { personLabel } from '../../shared/people/person-name';
import { UnitMoveComponent } from './unit-move.component';
import { toTreeRows } from './unit-tree';
import { touchAll } from '../../core/forms/touch-all';

@Component({
  selector: 'app-org-chart',
  imports: [...formImports, FormsModule, NzSelectModule, NzTagModule, NzCheckboxModule, NzDropDownModule, UnitMoveComponent, PositionItemComponent],
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
  /** The holder picker's choices: "李娜 (lina)" in the page's language. */
  protected readonly userOptions = computed(() => this.users().map((u) => ({ id: u.id, label: personLabel(u, this.translate.language()) })));
  protected readonly rows = computed(() => toTreeRows(this.units() ?? []));
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly queryParams = inject(ActivatedRoute).queryParamMap;
  /** The position a "nobody holds this position" link points at (?position=<id>). */
  protected readonly highlightedPosition = toSignal(this.queryParams.pipe(map((q) => q.get('position'))), { initialValue: null });
  /** The unit a search result opens (?unit=<id>): shown (the units above it opened), marked and scrolled to. */
  protected readonly selectedUnit = toSignal(this.queryParams.pipe(map((q) => q.get('unit'))), { initialValue: null });
  protected readonly vacancies = computed(() => this.positions().filter((p) => p.isVacant).length);
  protected readonly vacantOnly = signal(false);
  protected readonly collapsed = signal<ReadonlySet<string>>(new Set());
  protected readonly shownRows = computed(() =>
    visibleRows(this.rows(), this.collapsed(), this.vacantOnly() ? (unitId) => this.positionsOf(unitId).some((p) => p.isVacant) : null),
  );
  protected readonly unassigned = computed(() => this.positions().filter((p) => p.organizationUnitIds.length === 0 && (!this.vacantOnly() || p.isVacant)));
  /** A short "saved" confirmation after every change (a live region). */
  protected readonly notice = signal('');
  protected readonly renaming = signal<string | null>(null);
  protected readonly confirmingDelete = signal<string | null>(null);
  protected readonly renameForm = this.fb.group({ displayName: ['', [Validators.required, Validators.maxLength(128)]] });
  protected readonly error = signal<string | null>(null);
  protected readonly unitError = signal<string | null>(null);
  protected readonly positionError = signal<string | null>(null);
  protected readonly unitActionError = signal<string | null>(null);
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
    effect(() => {
      const unitId = this.selectedUnit();
      const rows = this.rows();
      if (!unitId || !rows.some((r) => r.unit.id === unitId)) return;
      untracked(() => {
        this.collapsed.update((collapsed) => revealUnit(rows, collapsed, unitId));
        if (this.vacantOnly() && !this.shownRows().some((r) => r.unit.id === unitId)) this.vacantOnly.set(false);
      });
      setTimeout(() => this.host.nativeElement.querySelector('[data-selected-unit]')?.scrollIntoView?.({ block: 'center' }));
    });
  }

  protected unitName(id: string): string {
    return this.units()?.find((u) => u.id === id)?.displayName ?? '';
  }

  protected positionsOf(unitId: string): PositionDto[] {
    return this.positions().filter((p) => p.organizationUnitIds.includes(unitId));
  }

  protected shownPositionsOf(unitId: string): PositionDto[] {
    return this.positionsOf(unitId).filter((p) => !this.vacantOnly() || p.isVacant);
  }

  protected hasChildren(unitId: string): boolean {
    return this.rows().some((r) => r.unit.parentId === unitId);
  }

  protected toggle(unitId: string): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  }

  protected async onSaved(key: string, params?: Record<string, string>): Promise<void> {
    await this.load();
    this.notice.set(this.translate.t(key, params));
    setTimeout(() => this.notice.set(''), 4000);
  }

  protected startRename(unit: OrganizationUnitDto): void {
    this.unitActionError.set(null);
    this.renameForm.reset({ displayName: unit.displayName });
    this.renaming.set(unit.id);
  }

  protected async renameUnit(unit: OrganizationUnitDto): Promise<void> {
    if (this.renameForm.invalid) {
      touchAll(this.renameForm);
      return;
    }
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgUnitsIdPut, {
        id: unit.id,
        body: { displayName: this.renameForm.getRawValue().displayName.trim(), kind: unit.kind, headPositionId: unit.headPositionId, concurrencyStamp: unit.concurrencyStamp },
      });
      this.renaming.set(null);
      await this.onSaved('org.unitRenamed');
    } catch (e) {
      this.unitActionError.set(applyServerErrors(this.renameForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  /** A unit with sub-units or positions is refused by the server (422) and its message is shown. */
  protected async deleteUnit(unit: OrganizationUnitDto): Promise<void> {
    this.unitActionError.set(null);
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgUnitsIdDelete, { id: unit.id });
      this.confirmingDelete.set(null);
      await this.onSaved('org.unitDeleted', { name: unit.displayName });
    } catch (e) {
      this.confirmingDelete.set(null);
      this.unitActionError.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
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
      this.notice.set(this.translate.t('common.saved'));
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
      this.notice.set(this.translate.t('common.saved'));
    } catch (e) {
      this.positionError.set(applyServerErrors(this.positionForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async importDefault(template: 'standard' | 'small'): Promise<void> {
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgUnitsImportDefaultPost, { body: { template } });
      await this.onSaved('org.imported');
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
