import { isSwitch, toFeatureValues } from './edition-features';

describe('edition features', () => {
  const features = [
    { name: 'Modules.Events', defaultValue: 'false', value: null },
    { name: 'Users.Max', defaultValue: '10', value: '50' },
  ];

  it('shows true/false features as switches', () => {
    expect(isSwitch(features[0])).toBe(true);
    expect(isSwitch(features[1])).toBe(false);
  });

  it('keeps only values that differ from the default', () => {
    expect(toFeatureValues(features, { 'Modules.Events': 'true', 'Users.Max': '10' })).toEqual([
      { name: 'Modules.Events', value: 'true' },
      { name: 'Users.Max', value: null },
    ]);
    expect(toFeatureValues(features, {})).toEqual([
      { name: 'Modules.Events', value: null },
      { name: 'Users.Max', value: '50' },
    ]);
  });
});
