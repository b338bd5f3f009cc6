import { FormControl, FormGroup } from '@angular/forms';
import { samePassword } from './reset-password.component';

describe('samePassword', () => {
  function form(password: string, confirm: string) {
    const group = new FormGroup({ password: new FormControl(password), confirm: new FormControl(confirm, samePassword) });
    group.controls.confirm.updateValueAndValidity();
    return group;
  }

  it('accepts the same password twice', () => {
    expect(form('Secret@123', 'Secret@123').controls.confirm.errors).toBeNull();
  });

  it('marks a different repetition as a mismatch', () => {
    expect(form('Secret@123', 'Secret@124').controls.confirm.errors).toEqual({ mismatch: true });
  });

  it('leaves an empty repetition to the required check', () => {
    expect(form('Secret@123', '').controls.confirm.errors).toBeNull();
  });
});
