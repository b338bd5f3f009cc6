/** One bad cell of an import file: its row number in the file (the header is row 1), the column and the server's messages. */
export interface ImportRowError {
  row: number;
  column: string;
  messages: string[];
}

export interface ImportReport {
  /** Errors of the whole file (unreadable, empty, too large, missing column). */
  file: string[];
  rows: ImportRowError[];
}

const columnOrder = ['user_name', 'email', 'family_name', 'given_name', 'roles', 'position', 'language'];
const rowKey = /^row (\d+): (.+)$/;

/** The 400 answer's field errors ("row 3: email" → messages, "file" → messages) as a report ordered by row and column. */
export function importReport(errors: Record<string, string[]>): ImportReport {
  const report: ImportReport = { file: [], rows: [] };
  for (const [key, messages] of Object.entries(errors)) {
    const match = rowKey.exec(key);
    if (match) report.rows.push({ row: Number(match[1]), column: match[2], messages });
    else report.file.push(...messages);
  }
  report.rows.sort((a, b) => a.row - b.row || columnRank(a.column) - columnRank(b.column));
  return report;
}

function columnRank(column: string): number {
  const index = columnOrder.indexOf(column);
  return index < 0 ? columnOrder.length : index;
}
