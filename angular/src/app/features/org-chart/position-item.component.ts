import { Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiOrgPositionsIdDelete } from '../../api/fn/positions/api-org-positions-id-delete';
import { apiOrgPositionsIdPut } from '../../api/fn/positions/api-org-positions-id-put';
import { PositionDto } from '../../api/models/position-dto';
import { UserDto } from '../../api/models/user-dto';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { touchAll } from '../../core/forms/touch-all';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { personLabel } from '../../shared/people/person-name';

/**
 * One position in the tree: its holders (removable), a visible "vacant" tag, and a menu to assign holders
 * (a user picker: several holders per position, a person may hold several positions), rename or delete it.
 */
@Component({
  selector: 'app-position-item',
  imports: [...formImports, NzSelectModule, NzTagModule, NzDropDownModule],
  templateUrl: './position-item.component.html',
  styleUrl: './position-item.component.css',
  host: { '[class.highlighted]': 'highlighted()', 'data-testid': 'position', '[attr.data-position]': 'position().name', '[attr.data-vacant]': 'position().isVacant' },
})
export class PositionItemComponent {
  private readonly api = inject(Api);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly position = input.required<PositionDto>();
  readonly users = input<UserDto[]>([]);
  private readonly translate = inject(TranslateService);
  /** The picker's choices: "李娜 (lina)" in the page's language. */
  protected readonly userOptions = computed(() => this.users().map((u) => ({ id: u.id, label: personLabel(u, this.translate.language()) })));
  readonly canManage = input(false);
  /** Opened from a "nobody holds this position" link: highlighted, scrolled to, picker open. */
  readonly highlighted = input(false);
  /** Reports a saved change (the message to show) so the page reloads the chart. */
  readonly saved = output<string>();
  protected readonly mode = signal<'view' | 'holders' | 'rename' | 'delete'>('view');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly holdersForm = this.fb.group({ holderUserIds: [[] as string[]] });
  protected readonly renameForm = this.fb.group({ name: ['', [Validators.required, Validators.maxLength(64)]] });

  constructor() {
    effect(() => {
      if (this.highlighted() && this.canManage()) {
        this.openHolders();
        queueMicrotask(() => this.host.nativeElement.scrollIntoView?.({ block: 'center' }));
      }
    });
  }

  protected openHolders(): void {
    this.error.set(null);
    this.holdersForm.reset({ holderUserIds: this.position().holders.map((h) => h.userId) });
    this.mode.set('holders');
  }

  protected openRename(): void {
    this.error.set(null);
    this.renameForm.reset({ name: this.position().name });
    this.mode.set('rename');
  }

  protected saveHolders(): Promise<void> {
    return this.update({ holderUserIds: this.holdersForm.getRawValue().holderUserIds }, 'org.holdersSaved');
  }

  protected removeHolder(userId: string): Promise<void> {
    return this.update({ holderUserIds: this.position().holders.map((h) => h.userId).filter((id) => id !== userId) }, 'org.holderRemoved');
  }

  protected rename(): Promise<void> {
    if (this.renameForm.invalid) {
      touchAll(this.renameForm);
      return Promise.resolve();
    }
    return this.update({ name: this.renameForm.getRawValue().name.trim() }, 'org.positionRenamed');
  }

  protected async remove(): Promise<void> {
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgPositionsIdDelete, { id: this.position().id });
      this.saved.emit('org.positionDeleted');
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async update(change: { name?: string; holderUserIds?: string[] }, savedKey: string): Promise<void> {
    const p = this.position();
    this.error.set(null);
    this.busy.set(true);
    try {
      await this.api.invoke(apiOrgPositionsIdPut, {
        id: p.id,
        body: {
          name: change.name ?? p.name,
          duties: p.duties,
          organizationUnitIds: p.organizationUnitIds,
          holderUserIds: change.holderUserIds ?? p.holders.map((h) => h.userId),
          collaboratorPositionIds: p.collaboratorPositionIds,
          concurrencyStamp: p.concurrencyStamp,
        },
      });
      this.mode.set('view');
      this.saved.emit(savedKey);
    } catch (e) {
      this.error.set(applyServerErrors(this.mode() === 'rename' ? this.renameForm : this.holdersForm, e));
    } finally {
      this.busy.set(false);
    }
  }
}
