/**
 * How the analysis shows its measures' numbers: small shares such as density keep three
 * significant figures (0.00123, not "0.001" then "0"), so that a change between waves shows.
 */
export function measureFormats(locale: string) {
  const share = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const change = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2, signDisplay: 'exceptZero' });
  return {
    /** A measure between −1 and 1 (density, E-I): three significant figures. */
    share: (value: number) => (Math.abs(value) < 1 ? share.format(value) : plain.format(value)),
    /** A change between waves, signed: two significant figures, so that +0.00031 is not "0". */
    change: (value: number) => change.format(value),
  };
}
