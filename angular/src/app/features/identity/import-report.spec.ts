import { importReport } from './import-report';

describe('importReport', () => {
  it('orders the bad cells by row, then by the columns of the template, and keeps file errors apart', () => {
    const report = importReport({
      'row 10: email': ['taken'],
      'row 3: roles': ['no such role'],
      'row 3: user_name': ['required', 'too long'],
      file: ['The file has too many rows.'],
    });

    expect(report.file).toEqual(['The file has too many rows.']);
    expect(report.rows).toEqual([
      { row: 3, column: 'user_name', messages: ['required', 'too long'] },
      { row: 3, column: 'roles', messages: ['no such role'] },
      { row: 10, column: 'email', messages: ['taken'] },
    ]);
  });
});
