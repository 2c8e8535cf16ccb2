/** The help text of `trellis jigsaw`. */
export const USAGE = `Usage: trellis jigsaw ROSTER.csv --topics K [--avoid PAIRS.csv] [--seed S] [--max-table N]

Forms the home groups and expert groups of a jigsaw (see packages/jigsaw/README.md):
  --topics K       the number of topics (at least 2, at most the number of participants)
  --avoid FILE     pairs to keep apart: a header a,b (optional weight, default 1)
  --seed S         a whole number from 0 to 4294967295 (default 1): the same seed, the same groups
  --max-table N    the largest expert table (default 6; larger expert groups are split)

ROSTER.csv has a header row: person,organisation and optionally role. Groups mix organisations
first, then roles, and avoid the listed pairs; the result, with the mixing achieved beside a
random seating of the same sizes, is printed as JSON.
`;
