import { AfterViewInit, Component, OnInit, ElementRef, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { UnitRow, isInSubtree } from './unit-tree';

/** "Move to…": the keyboard and phone alternative to dragging a unit; a native select, so every screen reader and thumb can use it. */
@Component({
  selector: 'app-unit-move',
  imports: [FormsModule, NzButtonModule, TranslatePipe],
  template: `
    <form class="move" (ngSubmit)="moveTo.emit(target || null)" data-testid="move-panel">
      <label [for]="'move-target-' + unit().id">{{ 'org.moveTarget' | t }}</label>
      <select [id]="'move-target-' + unit().id" [(ngModel)]="target" name="target" data-testid="move-target">
        <option value="">{{ 'org.topLevel' | t }}</option>
        @for (row of rows(); track row.unit.id) {
          <option [value]="row.unit.id" [disabled]="isInSubtree(unit(), row.unit)">{{ indent(row.depth) }}{{ row.unit.displayName }}</option>
        }
      </select>
      <div class="buttons">
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="move-confirm">{{ 'org.move' | t }}</button>
        <button nz-button type="button" (click)="cancel.emit()">{{ 'common.cancel' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    .move { margin: 8px 0; padding: 12px; border: 1px solid #d9d9d9; border-radius: 8px; background: #fafafa; }
    label { display: block; margin-bottom: 4px; }
    select { width: 100%; min-height: 40px; padding: 4px 8px; border: 1px solid #8c8c8c; border-radius: 6px; background: #fff; font: inherit; }
    .buttons { display: grid; grid-template-columns: 2fr 1fr; gap: 8px; margin-top: 8px; }
    .buttons button { min-height: 44px; }
  `,
})
export class UnitMoveComponent implements OnInit, AfterViewInit {
  private readonly host = inject(ElementRef<HTMLElement>);
  readonly unit = input.required<OrganizationUnitDto>();
  readonly rows = input.required<UnitRow[]>();
  readonly busy = input(false);
  readonly moveTo = output<string | null>();
  readonly cancel = output<void>();
  protected target = '';
  protected readonly isInSubtree = isInSubtree;

  ngOnInit(): void {
    this.target = this.unit().parentId ?? '';
  }

  ngAfterViewInit(): void {
    (this.host.nativeElement as HTMLElement).querySelector('select')?.focus();
  }

  protected indent(depth: number): string {
    return '\u00a0\u00a0'.repeat(depth);
  }
}
