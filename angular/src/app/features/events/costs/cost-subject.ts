/** An over-budget cost's approval request names the cost (`expense:<cost id>`, the Events module's subject id), not its event. */
export const costSubjectPrefix = 'expense:';

/** The portal page that finds a cost's event and opens its costs tab; null for other subjects of the module. */
export function costSubjectRoute(subjectId: string): readonly string[] | null {
  const costId = subjectId.startsWith(costSubjectPrefix) ? subjectId.slice(costSubjectPrefix.length) : '';
  return costId ? ['/events', 'costs', costId] : null;
}
