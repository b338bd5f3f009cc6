import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { isInSubtree, revealUnit, toTreeRows, visibleRows } from './unit-tree';

const unit = (id: string, code: string, parentId: string | null = null): OrganizationUnitDto =>
  ({ id, code, parentId, displayName: id, kind: 'Department', headPositionId: null, concurrencyStamp: '' }) as OrganizationUnitDto;

describe('org chart tree', () => {
  const marketing = unit('marketing', '00001');
  const brand = unit('brand', '00001.00001', 'marketing');
  const digital = unit('digital', '00001.00001.00001', 'brand');
  const sales = unit('sales', '00002');
  const marketing10 = unit('marketing10', '00010');

  it('orders units parent-first with their depth', () => {
    expect(toTreeRows([sales, digital, marketing, brand]).map((r) => [r.unit.id, r.depth])).toEqual([
      ['marketing', 0],
      ['brand', 1],
      ['digital', 2],
      ['sales', 0],
    ]);
  });

  it('knows the units a unit cannot move under: itself and its sub-units', () => {
    expect(isInSubtree(marketing, marketing)).toBe(true);
    expect(isInSubtree(marketing, brand)).toBe(true);
    expect(isInSubtree(marketing, digital)).toBe(true);
    expect(isInSubtree(brand, marketing)).toBe(false);
    expect(isInSubtree(marketing, sales)).toBe(false);
    expect(isInSubtree(marketing, unit('x', '000010'))).toBe(false);
    expect(isInSubtree(marketing, marketing10)).toBe(false);
  });

  it('hides what is below a collapsed unit', () => {
    const rows = toTreeRows([marketing, brand, digital, sales]);
    expect(visibleRows(rows, new Set(['marketing']), null).map((r) => r.unit.id)).toEqual(['marketing', 'sales']);
  });

  it('keeps the units a filter keeps and the units above them', () => {
    const rows = toTreeRows([marketing, brand, digital, sales]);
    expect(visibleRows(rows, new Set(), (id) => id === 'digital').map((r) => r.unit.id)).toEqual(['marketing', 'brand', 'digital']);
  });

  it('opens the collapsed units above a unit a link selects, and leaves the others as they are', () => {
    const rows = toTreeRows([marketing, brand, digital, sales]);
    expect([...revealUnit(rows, new Set(['marketing', 'brand', 'sales']), 'digital')]).toEqual(['sales']);
    const collapsed = new Set(['sales']);
    expect(revealUnit(rows, collapsed, 'digital')).toBe(collapsed);
    expect(revealUnit(rows, collapsed, 'unknown')).toBe(collapsed);
  });
});
