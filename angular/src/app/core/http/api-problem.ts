/** An RFC 7807 answer of the host (see docs/errors.md): localized title, code, field errors. */
export interface ApiProblem {
  status: number;
  title: string;
  code: string | null;
  /** Field name (camelCase, as the API names it) → localized messages. */
  errors: Record<string, string[]>;
  /** The rule's details (the ProblemDetails extension `data`), e.g. the vacant position behind NoApproverFound. */
  data?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.title);
  }
}

export function toApiProblem(status: number, body: unknown, fallbackTitle: string): ApiProblem {
  const value = typeof body === 'string' ? tryParse(body) : body;
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const rawErrors = record['errors'];
  if (rawErrors && typeof rawErrors === 'object') {
    for (const [field, messages] of Object.entries(rawErrors as Record<string, unknown>)) {
      errors[camelCase(field)] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    }
  }
  return {
    status,
    title: typeof record['title'] === 'string' && record['title'] ? (record['title'] as string) : fallbackTitle,
    code: typeof record['code'] === 'string' ? (record['code'] as string) : null,
    errors,
    data: record['data'] && typeof record['data'] === 'object' ? (record['data'] as Record<string, unknown>) : undefined,
  };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** "Rules[0].MinAmount" → "rules[0].minAmount": the API may name fields in either case. */
export function camelCase(path: string): string {
  return path
    .split('.')
    .map((part) => (part ? part[0].toLowerCase() + part.slice(1) : part))
    .join('.');
}
