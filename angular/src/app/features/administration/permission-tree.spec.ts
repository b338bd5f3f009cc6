import { PermissionGroupDto } from '../../api/models/permission-group-dto';
import { grantedNames, toggleGrant } from './permission-tree';

const groups: PermissionGroupDto[] = [
  {
    name: 'OrgChart',
    displayName: 'Org chart',
    permissions: [
      { name: 'OrgChart.Units', displayName: 'Units', isGranted: true, children: [{ name: 'OrgChart.Units.Manage', displayName: 'Manage', isGranted: true, children: [] }] },
      { name: 'OrgChart.Positions', displayName: 'Positions', isGranted: false, children: [{ name: 'OrgChart.Positions.Manage', displayName: 'Manage', isGranted: false, children: [] }] },
    ],
  },
];

describe('permission tree', () => {
  it('lists the granted names, children included', () => {
    expect(grantedNames(groups)).toEqual(['OrgChart.Units', 'OrgChart.Units.Manage']);
  });

  it('checking a child checks its parent', () => {
    const granted = toggleGrant(groups, new Set(), 'OrgChart.Positions.Manage', true);
    expect([...granted].sort()).toEqual(['OrgChart.Positions', 'OrgChart.Positions.Manage']);
  });

  it('clearing a parent clears its children, and leaves the input untouched', () => {
    const before = new Set(grantedNames(groups));
    const granted = toggleGrant(groups, before, 'OrgChart.Units', false);
    expect([...granted]).toEqual([]);
    expect(before.size).toBe(2);
  });

  it('ignores unknown names', () => {
    expect([...toggleGrant(groups, new Set(['x']), 'Nope', true)]).toEqual(['x']);
  });
});
