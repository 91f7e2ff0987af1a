const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/**
 * A text whose alphabetical order is the numeric order of the amount, stored beside each
 * transfer's and salary's `amount` (`amountOrder`) so Neo4j can compare, range-filter, order and
 * index amounts exactly: stored amounts are decimal strings, and a float would tie or misorder
 * amounts past 15 significant digits. The key is the number of whole digits (three digits), the
 * whole digits without leading zeros, then `.` and the fraction without trailing zeros when there
 * is one: `1.50` and `1.5` share `0011.5`, and `0.5` < `1` < `1.05` < `1.5` < `10`. Any length
 * the Decimal scalar accepts fits, so a filter bound far above every stored amount still compares
 * right.
 */
export function amountOrderKey(amount: string): string {
  const match = PLAIN.exec(amount);
  if (!match) throw new Error(`amountOrderKey: not a plain unsigned decimal: ${JSON.stringify(amount)}`);
  const whole = (match[1] ?? '').replace(/^0+/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return String(whole.length).padStart(3, '0') + whole + (fraction ? `.${fraction}` : '');
}
