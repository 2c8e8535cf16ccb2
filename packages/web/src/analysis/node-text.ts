/** How a node of the map is named and described, under the privacy rule the API applied. */
import { useI18n } from '../i18n/i18n.tsx';
import type { AnalysisMap } from './analysis.types.ts';
import { measureText } from './bands.ts';

export function useNodeText(map: AnalysisMap) {
  const { t, fill, plural, number } = useI18n();
  const { nodes, groups, anonymity } = map;
  // Names only as the API gives them: an anonymised map has no labels, and ids are never shown.
  const name = (index: number) => (map.showsNames ? nodes.label[index] : null) ?? t.analysis.map.hiddenName;
  const place = (index: number) => {
    if (nodes.inNetwork[index] === false) return t.analysis.map.outside;
    if (map.level !== 'people') return '';
    const group = nodes.group[index];
    // Not shown: an organisation (or none) that fewer than k people on the map share.
    if (group === null) return anonymity ? fill(t.analysis.map.otherOrganisations, { k: anonymity.k }) : '';
    return groups[group ?? -1]?.name ?? '';
  };
  const ties = (index: number) => {
    const degree = nodes.degree[index] ?? null;
    if (!anonymity) return plural(t.analysis.map.ties, degree ?? 0);
    const range = measureText(anonymity, 'degree', degree, number);
    return range ? fill(t.analysis.map.tiesBand, { range }) : '';
  };
  return {
    name,
    tooltip: (index: number) => [name(index), place(index), ties(index)].filter(Boolean).join(' · '),
    details: (index: number) => {
      const role = nodes.brokerageRole[index];
      const betweenness = measureText(anonymity, 'betweenness', nodes.betweenness[index], number);
      return [
        place(index),
        ties(index),
        betweenness ? `${t.analysis.table.betweenness}: ${betweenness}` : '',
        role ? `${t.analysis.table.role}: ${t.analysis.roles[role]}` : '',
        nodes.cutPoint[index] ? t.analysis.table.cutPoint : '',
      ]
        .filter(Boolean)
        .join(' · ');
    },
  };
}
