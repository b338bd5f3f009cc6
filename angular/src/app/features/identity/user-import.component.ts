import { HttpClient } from '@angular/common/http';
import { Component, inject, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { UserImportResultDto } from '../../api/models/user-import-result-dto';
import { UserImportRowDto } from '../../api/models/user-import-row-dto';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { personName } from '../../shared/people/person-name';
import { ImportReport, importReport } from './import-report';

const importPath = '/api/identity/users/import';

/**
 * Import people from a CSV or Excel file (docs/tenant-administration.md, "User import"): "Check" sends the file as a dry
 * run and shows who would be invited, or every bad row; "Invite" imports it (all rows or none). The file is the raw
 * request body, which the generated client cannot send.
 */
@Component({
  selector: 'app-user-import',
  imports: [NzAlertModule, NzButtonModule, TranslatePipe],
  templateUrl: './user-import.component.html',
  styleUrls: ['../../shared/page.css', './user-import.component.css'],
})
export class UserImportComponent {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  /** After an import: the invitations list reloads. */
  readonly imported = output<number>();
  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<UserImportResultDto | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<number | null>(null);
  protected readonly busy = signal(false);

  protected name(row: UserImportRowDto): string {
    return personName(row, this.translate.language());
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.preview.set(null);
    this.report.set(null);
    this.error.set(null);
    this.done.set(null);
  }

  protected check(): Promise<void> {
    return this.send(true);
  }

  protected run(): Promise<void> {
    return this.send(false);
  }

  private async send(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.report.set(null);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.http.post<UserImportResultDto>(importPath, file, {
          params: { dryRun },
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      );
      if (dryRun) {
        this.preview.set(result);
      } else {
        this.preview.set(null);
        this.done.set(Number(result.invitedCount));
        this.imported.emit(Number(result.invitedCount));
      }
    } catch (e) {
      const problem = problemOf(e);
      if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
        this.preview.set(null);
        this.report.set(importReport(problem.errors));
      } else {
        this.error.set(messageOf(e));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
