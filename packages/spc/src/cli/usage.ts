/** The help text of `trellis spc`. */
export const USAGE = `Usage: trellis spc FILE.csv --chart run|i|p [--direction up|down]

Statistical process control on one measure (see packages/spc/README.md):
  --chart run      run chart: median centre line, Anhøj's runs rules (shift, crossings)
  --chart i        individuals (XmR) chart: mean ± 2.66 × average moving range, and the runs rules
  --chart p        P chart: p̄ ± 3σ per point from its denominator, and the runs rules
  --direction up   higher is better (down: lower is better); without it signals have no direction

FILE.csv has a header row: period,value or period,numerator,denominator, and optionally phase
(each phase is analysed on its own). The result is printed as JSON.
`;
