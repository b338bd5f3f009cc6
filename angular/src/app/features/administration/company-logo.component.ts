import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { Api } from '../../api/api';
import { deleteCompanyLogo } from '../../api/fn/company-logo/delete-company-logo';
import { uploadCompanyLogo } from '../../api/fn/company-logo/upload-company-logo';
import { BlobFileDto } from '../../api/models/blob-file-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * Uploads the company logo as the raw request body (name in X-File-Name, see docs/blob-storage.md); the server checks
 * type (PNG/JPEG by magic bytes) and size (512 kB). The header shows the new logo at once.
 */
@Component({
  selector: 'app-company-logo',
  imports: [NzAlertModule, NzButtonModule, TranslatePipe],
  template: `
    <section aria-labelledby="logo-title">
      <h2 id="logo-title">{{ 'logo.title' | t }}</h2>
      <p class="muted">{{ 'logo.hint' | t }}</p>
      @if (error()) { <nz-alert nzType="error" [nzMessage]="error()!" role="alert" data-testid="logo-error" /> }
      @if (message()) { <nz-alert nzType="success" [nzMessage]="message()! | t" role="status" data-testid="logo-message" /> }
      @if (config.logoUrl(); as logo) {
        <img class="preview" [src]="logo" [alt]="'logo.title' | t" data-testid="logo-preview" />
      } @else {
        <p class="muted">{{ 'logo.none' | t }}</p>
      }
      <div class="actions">
        <label class="ant-btn ant-btn-default upload" [class.busy]="busy()">
          {{ 'logo.choose' | t }}
          <input type="file" accept="image/png,image/jpeg" (change)="upload($event)" [disabled]="busy()" data-testid="logo-file" />
        </label>
        @if (config.logoUrl()) {
          <button nz-button type="button" nzDanger (click)="remove()" [nzLoading]="busy()" data-testid="logo-remove">{{ 'logo.remove' | t }}</button>
        }
      </div>
    </section>
  `,
  styles: `
    section { margin: 24px 0; max-width: 480px; }
    .muted { color: #595959; }
    .preview { display: block; max-height: 64px; max-width: 240px; margin: 8px 0; object-fit: contain; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .upload { position: relative; min-height: 40px; display: inline-flex; align-items: center; cursor: pointer; }
    .upload input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
    .upload:focus-within { outline: 2px solid #1d5fc2; outline-offset: 2px; }
  `,
})
export class CompanyLogoComponent {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  protected readonly config = inject(AppConfigService);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.run('logo.uploaded', async () => {
      const stored = await firstValueFrom(
        this.http.put<BlobFileDto>(this.api.rootUrl + uploadCompanyLogo.PATH, file, {
          headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        }),
      );
      this.config.setLogo(stored.id);
    });
  }

  protected remove(): Promise<void> {
    return this.run('logo.removed', async () => {
      await this.api.invoke(deleteCompanyLogo);
      this.config.setLogo(null);
    });
  }

  private async run(done: string, action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.message.set(null);
    try {
      await action();
      this.message.set(done);
    } catch (e) {
      // A refused image (too large, not PNG or JPEG) is a field error on "file" that says why.
      this.error.set(problemOf(e)?.errors['file']?.join(' ') || messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
