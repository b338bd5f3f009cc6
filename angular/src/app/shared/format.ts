/** Money in the user's language, e.g. "¥12,000.00" / "CN¥12,000.00". */
export function formatMoney(amount: number | string, currency: string, language: string): string {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  try {
    return new Intl.NumberFormat(language === 'en' ? 'en' : 'zh-CN', { style: 'currency', currency }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}
