import { HttpClient } from '@angular/common/http';
import { Component, DestroyRef, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { debounceTime } from 'rxjs';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiApprovalsRequestsPost } from '../../api/fn/approval-requests/api-approvals-requests-post';
import { apiApprovalsRequestsRoutePreviewPost } from '../../api/fn/approval-requests/api-approvals-requests-route-preview-post';
import { ApprovalRouteDto } from '../../api/models/approval-route-dto';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { RouteStagesComponent } from './route-stages.component';
import { RiskTier } from '../../api/models/risk-tier';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors } from '../../core/forms/server-errors';
import { VacantPositionLinkComponent } from '../org-chart/vacant-position-link.component';
import { vacantPositionOf } from '../org-chart/vacant-position-link';
import { formImports } from '../../shared/form-imports';
import { BusinessTypePipe, BusinessTypes, riskTiers } from './business-types';
import { touchAll } from '../../core/forms/touch-all';

/** Requests entered in the portal are their own subject: module "Portal", a fresh id. */
export const portalSubjectModule = 'Portal';

@Component({
  selector: 'app-submit-request',
  imports: [VacantPositionLinkComponent, ...formImports, NzSelectModule, NzInputNumberModule, NzCheckboxModule, BusinessTypePipe, RouteStagesComponent, RouterLink],
  templateUrl: './submit-request.component.html',
  styleUrl: '../../shared/page.css',
  styles: ['.file-error { color: #cf1322; margin: 0; overflow-wrap: anywhere; }', '.file-error:empty { display: none; }'],
})
export class SubmitRequestComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly businessTypes = inject(BusinessTypes).names;
  protected readonly riskTiers = riskTiers;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly vacantPosition = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    businessType: ['Expense', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    /** The reason for an expense, or what the approvers should know; optional. */
    description: ['', Validators.maxLength(2000)],
    amount: [0, [Validators.required, Validators.min(0)]],
    currency: [inject(AppConfigService).setting('Platform.Currency') ?? 'CNY', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    riskTier: ['Tactical' as RiskTier, Validators.required],
    isSpecial: [false],
  });
  /** The route this request would take, with names, refreshed as type, amount, currency, tier or flag change. */
  /** Receipts and other files, uploaded right after the request is created (the server checks size and type). */
  protected readonly files = signal<File[]>([]);
  private readonly http = inject(HttpClient);
  protected readonly preview = signal<ApprovalRouteDto | null>(null);
  protected readonly previewError = signal<string | null>(null);
  private previewVersion = 0;

  constructor() {
    this.form.valueChanges.pipe(debounceTime(400), takeUntilDestroyed(inject(DestroyRef))).subscribe(() => void this.refreshPreview());
    void this.refreshPreview();
  }

  protected readonly attachmentRefusedFor = signal<string | null>(null);
  /** Why the server refused a file (its 400 field error on "file"), shown under the file input. */
  protected readonly fileError = signal<string | null>(null);

  protected pick(event: Event): void {
    this.files.set([...((event.target as HTMLInputElement).files ?? [])]);
  }

  private async refreshPreview(): Promise<void> {
    const { businessType, amount, currency, riskTier, isSpecial } = this.form.getRawValue();
    const { controls } = this.form;
    const version = ++this.previewVersion;
    if (controls.businessType.invalid || controls.amount.invalid || controls.currency.invalid || amount === null) {
      this.preview.set(null);
      this.previewError.set(null);
      return;
    }
    try {
      const route = await this.api.invoke(apiApprovalsRequestsRoutePreviewPost, {
        body: { businessType, amount, currency: currency.toUpperCase(), riskTier, isSpecial },
      });
      if (version !== this.previewVersion) return;
      this.preview.set(route);
      this.previewError.set(null);
    } catch (e) {
      if (version !== this.previewVersion) return;
      this.preview.set(null);
      this.previewError.set(messageOf(e));
    }
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    this.fileError.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      const created = await this.api.invoke(apiApprovalsRequestsPost, {
        body: {
          ...value,
          description: value.description.trim() || null,
          currency: value.currency.toUpperCase(),
          subjectModule: portalSubjectModule,
          subjectId: crypto.randomUUID(),
        },
      });
      for (const file of this.files()) {
        try {
          await firstValueFrom(
            this.http.post(`/api/approvals/requests/${created.request.id}/attachments`, file, {
              headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
            }),
          );
        } catch (e) {
          // The request exists already: say which file was refused and why, then show the request.
          const reason = problemOf(e)?.errors['file']?.join(' ') ?? messageOf(e);
          this.fileError.set(`${file.name}: ${reason}`);
          this.error.set(`${file.name}: ${reason}`);
          this.attachmentRefusedFor.set(created.request.id);
          return;
        }
      }
      await this.router.navigate(['/approvals/requests', created.request.id]);
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
      this.vacantPosition.set(vacantPositionOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
