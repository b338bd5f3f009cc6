import { SearchHit, groupHits, isSearchable, orderedHits, searchKey } from './search-results';
import { isSearchShortcut } from './search-shortcut';

const hit = (kind: string, title: string): SearchHit => ({ kind, kindName: kind, id: title, title, url: `/${title}` });

describe('global search results', () => {
  const hits = [hit('Identity.User', 'Li Na'), hit('Events.MarketingEvent', 'Fair'), hit('Identity.User', 'Li Lei')];

  it('groups hits by kind in the order the kinds first appear and numbers them in the order shown', () => {
    const groups = groupHits(hits);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => [h.hit.title, h.index])])).toEqual([
      ['Identity.User', [['Li Na', 0], ['Li Lei', 1]]],
      ['Events.MarketingEvent', [['Fair', 2]]],
    ]);
    expect(orderedHits(hits).map((h) => h.title)).toEqual(['Li Na', 'Li Lei', 'Fair']);
  });
});

describe('search text', () => {
  it('asks the server for 2 characters or more, or one Chinese character', () => {
    expect(isSearchable(' li ')).toBe(true);
    expect(isSearchable('李')).toBe(true);
    expect(isSearchable(' l ')).toBe(false);
    expect(isSearchable('')).toBe(false);
  });
});

describe('search box keys', () => {
  it('moves down and up through the results, wrapping at both ends', () => {
    expect(searchKey('ArrowDown', -1, 3)).toEqual({ type: 'move', active: 0 });
    expect(searchKey('ArrowDown', 2, 3)).toEqual({ type: 'move', active: 0 });
    expect(searchKey('ArrowUp', 0, 3)).toEqual({ type: 'move', active: 2 });
    expect(searchKey('ArrowUp', -1, 3)).toEqual({ type: 'move', active: 2 });
    expect(searchKey('ArrowDown', -1, 0)).toEqual({ type: 'none' });
  });

  it('opens the active result on Enter, the first when none is active, nothing without results', () => {
    expect(searchKey('Enter', 1, 3)).toEqual({ type: 'open', index: 1 });
    expect(searchKey('Enter', -1, 3)).toEqual({ type: 'open', index: 0 });
    expect(searchKey('Enter', -1, 0)).toEqual({ type: 'none' });
  });

  it('closes on Escape and leaves other keys to the text field', () => {
    expect(searchKey('Escape', 1, 3)).toEqual({ type: 'close' });
    expect(searchKey('a', 1, 3)).toEqual({ type: 'none' });
  });

  it('focuses the box on Ctrl+K or Cmd+K anywhere and on "/" outside text fields', () => {
    const body = document.body;
    const field = document.createElement('input');
    const key = (k: string, ctrlKey = false, metaKey = false, target: HTMLElement = body) => isSearchShortcut({ key: k, ctrlKey, metaKey, altKey: false, target });
    expect(key('k', true)).toBe(true);
    expect(key('K', false, true, field)).toBe(true);
    expect(key('/')).toBe(true);
    expect(key('/', false, false, field)).toBe(false);
    expect(key('k')).toBe(false);
  });
});
