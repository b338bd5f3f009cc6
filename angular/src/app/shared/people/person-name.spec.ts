import { personLabel, personName } from './person-name';

describe('personName', () => {
  it('puts the family name first without a space in Chinese', () => {
    expect(personName({ familyName: '李', givenName: '娜' }, 'zh-Hans')).toBe('李娜');
  });

  it('puts the given name first in English', () => {
    expect(personName({ familyName: 'Li', givenName: 'Na' }, 'en')).toBe('Na Li');
  });

  it('keeps a name in Chinese characters as it is written on an English page', () => {
    expect(personName({ familyName: '欧阳', givenName: '娜娜' }, 'en')).toBe('欧阳娜娜');
  });

  it('writes a Latin name family name first with a space on a Chinese page', () => {
    expect(personName({ familyName: 'Li', givenName: 'Na' }, 'zh-Hans')).toBe('Li Na');
  });

  it('uses the one part given, else the stored name', () => {
    expect(personName({ familyName: ' Li ', givenName: '' }, 'en')).toBe('Li');
    expect(personName({ familyName: null, givenName: null, name: 'Ada Admin' }, 'zh-Hans')).toBe('Ada Admin');
    expect(personName({}, 'en')).toBe('');
  });
});

describe('personLabel', () => {
  it('shows the display name in the page language with the user name', () => {
    expect(personLabel({ familyName: 'Li', givenName: 'Na', name: 'Li Na', userName: 'lina' }, 'en')).toBe('Na Li (lina)');
    expect(personLabel({ familyName: '李', givenName: '娜', userName: 'lina' }, 'en')).toBe('李娜 (lina)');
  });

  it('shows the user name alone when the person has no other name', () => {
    expect(personLabel({ name: 'admin', userName: 'admin' }, 'zh-Hans')).toBe('admin');
    expect(personLabel({ userName: 'kate' }, 'zh-Hans')).toBe('kate');
  });
});
