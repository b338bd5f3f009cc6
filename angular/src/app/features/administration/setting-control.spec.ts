import { settingControl } from './setting-control';

describe('settingControl', () => {
  it('picks a select for choices, a number for integers, a switch for booleans and text otherwise', () => {
    const options = [{ value: 'a', displayName: 'A' }];
    expect(settingControl({ type: 'Enum', options })).toBe('select');
    expect(settingControl({ type: 'TimeZone', options })).toBe('select');
    expect(settingControl({ type: 'Integer', options: [] })).toBe('number');
    expect(settingControl({ type: 'Boolean', options: [] })).toBe('switch');
    expect(settingControl({ type: 'Text', options: [] })).toBe('text');
    expect(settingControl({ type: 'SomethingNew', options: [] })).toBe('text');
  });

  it('falls back to text when a choice setting comes without choices', () => {
    expect(settingControl({ type: 'Currency', options: [] })).toBe('text');
  });
});
