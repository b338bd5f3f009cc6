import { problemOf } from '../../core/forms/server-errors';

/** A template text's error as the server reports it: a field error on `content` whose data carries line and column. */
export interface TemplateError {
  message: string;
  line: number | null;
  column: number | null;
}

export function templateErrorOf(error: unknown): TemplateError | null {
  const problem = problemOf(error);
  if (!problem) return null;
  const position = (problem.data?.['content'] ?? {}) as Record<string, unknown>;
  const messages = problem.errors['content'];
  return {
    message: messages?.length ? messages.join(' ') : problem.title,
    line: typeof position['line'] === 'number' ? position['line'] : null,
    column: typeof position['column'] === 'number' ? position['column'] : null,
  };
}

/** The character offset of a 1-based line and column in `text` (to put the caret on the error), clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + Math.max(column - 1, 0), lineEnd < 0 ? text.length : lineEnd);
}
