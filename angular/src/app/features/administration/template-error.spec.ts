import { ApiError } from '../../core/http/api-problem';
import { offsetOf, templateErrorOf } from './template-error';

describe('templateErrorOf', () => {
  it('reads the message, line and column of a 400 on content', () => {
    const error = new ApiError({
      status: 400,
      title: 'One or more fields are invalid.',
      code: 'Framework:ValidationFailed',
      errors: { content: ['Line 3, column 14: Reached end of template'] },
      data: { content: { line: 3, column: 14, error: 'Reached end of template' } },
    });
    expect(templateErrorOf(error)).toEqual({ message: 'Line 3, column 14: Reached end of template', line: 3, column: 14 });
  });

  it('falls back to the title without a position, and is null for other errors', () => {
    const error = new ApiError({ status: 422, title: 'The template could not be rendered', code: 'Framework:TemplateRenderError', errors: {} });
    expect(templateErrorOf(error)).toEqual({ message: 'The template could not be rendered', line: null, column: null });
    expect(templateErrorOf(new Error('offline'))).toBeNull();
  });
});

describe('offsetOf', () => {
  it('finds a line and column, clamped to the line and the text', () => {
    const text = 'one\ntwo\nthree {{title';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 2)).toBe(5);
    expect(offsetOf(text, 3, 14)).toBe(text.length);
    expect(offsetOf(text, 2, 99)).toBe(7);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});
