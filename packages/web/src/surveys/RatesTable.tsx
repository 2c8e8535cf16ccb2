/**
 * Response rates by organisation: a table with counts and percentages, lowest rate first (where
 * reminders are needed), sortable by any column with buttons in the headers (`aria-sort` says
 * which order is in force).
 */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { ResponseRates } from './surveys.api.ts';

type Row = ResponseRates['byOrganisation'][number];
type Column = 'organisation' | 'eligible' | 'submitted' | 'rate' | 'reminded';

const rateOf = (row: Row) => (row.eligible === 0 ? 0 : row.submitted / row.eligible);

const VALUE: Record<Column, (row: Row) => string | number> = {
  organisation: (row) => row.organisation.name,
  eligible: (row) => row.eligible,
  submitted: (row) => row.submitted,
  rate: rateOf,
  reminded: (row) => row.reminded,
};

export function RatesTable({ rows }: { rows: Row[] }) {
  const { t, fill, number, locale } = useI18n();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'rate',
    ascending: true,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const collator = new Intl.Collator(locale);
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [VALUE[sort.column](a), VALUE[sort.column](b)];
    const order = typeof x === 'string' ? collator.compare(x, String(y)) : x - Number(y);
    // Ties fall back to the name, so the order is stable and readable.
    return (sort.ascending ? order : -order) || collator.compare(a.organisation.name, b.organisation.name);
  });
  const labels: Record<Column, string> = {
    organisation: t.surveys.wavePage.organisation,
    eligible: t.surveys.wavePage.eligible,
    submitted: t.surveys.wavePage.submittedCol,
    rate: t.surveys.wavePage.rate,
    reminded: t.surveys.wavePage.remindedCol,
  };
  const header = (column: Column) => {
    const current = sort.column === column;
    return (
      <th
        scope="col"
        className={column === 'organisation' ? undefined : 'number'}
        aria-sort={current ? (sort.ascending ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          aria-label={fill(t.surveys.wavePage.sortBy, { column: labels[column] })}
          onClick={() => setSort({ column, ascending: current ? !sort.ascending : true })}
        >
          {labels[column]}
          {current ? (sort.ascending ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  if (rows.length === 0) return <p>{t.surveys.wavePage.noOrganisations}</p>;
  return (
    <table className="rates-table">
      <caption>{t.surveys.wavePage.bySchoolCaption}</caption>
      <thead>
        <tr>
          {header('organisation')}
          {header('eligible')}
          {header('submitted')}
          {header('rate')}
          {header('reminded')}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.organisation.id}>
            <th scope="row">{row.organisation.name}</th>
            <td className="number">{number(row.eligible)}</td>
            <td className="number">{number(row.submitted)}</td>
            <td className="number">{percent.format(rateOf(row))}</td>
            <td className="number">{number(row.reminded)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
