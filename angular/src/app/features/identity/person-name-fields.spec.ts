import { FormBuilder, Validators } from '@angular/forms';
import { namePartMaxLength, nameUnlessParts, revalidateNameWithParts } from './person-name-fields';

describe('person name fields', () => {
  function form() {
    const group = new FormBuilder().nonNullable.group({
      name: ['', nameUnlessParts],
      familyName: ['', Validators.maxLength(namePartMaxLength)],
      givenName: ['', Validators.maxLength(namePartMaxLength)],
    });
    revalidateNameWithParts(group);
    return group;
  }

  it('requires the name while no family or given name is typed', () => {
    expect(form().controls.name.errors).toEqual({ required: true });
  });

  it('lets the name stay empty once a family or given name is typed', () => {
    const group = form();
    group.controls.givenName.setValue('娜');
    expect(group.controls.name.errors).toBeNull();
  });

  it('limits each part so that both and a space fit the stored name', () => {
    const group = form();
    group.controls.familyName.setValue('x'.repeat(namePartMaxLength + 1));
    expect(group.controls.familyName.hasError('maxlength')).toBe(true);
  });
});
