import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** What every form page imports. */
export const formImports = [ReactiveFormsModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe] as const;
