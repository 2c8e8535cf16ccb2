/** How a node of the map is named and described, under the privacy rule the API applied. */
import { useI18n } from '../i18n/i18n.tsx';
import type { AnalysisMap } from './analysis.types.ts';

export function useNodeText(map: AnalysisMap) {
  const { t, plural, number } = useI18n();
  const { nodes, groups } = map;
  // Names only as the API gives them: an anonymised map has no labels, and ids are never shown.
  const name = (index: number) => (map.showsNames ? nodes.label[index] : null) ?? t.analysis.map.hiddenName;
  const place = (index: number) => {
    if (!nodes.inNetwork[index]) return t.analysis.map.outside;
    return map.level === 'people' ? (groups[nodes.group[index] ?? -1]?.name ?? '') : '';
  };
  const ties = (index: number) => plural(t.analysis.map.ties, nodes.degree[index] ?? 0);
  return {
    name,
    tooltip: (index: number) => [name(index), place(index), ties(index)].filter(Boolean).join(' · '),
    details: (index: number) => {
      const role = nodes.brokerageRole[index];
      return [
        place(index),
        ties(index),
        `${t.analysis.table.betweenness}: ${number(nodes.betweenness[index] ?? 0)}`,
        role ? `${t.analysis.table.role}: ${t.analysis.roles[role]}` : '',
        nodes.cutPoint[index] ? t.analysis.table.cutPoint : '',
      ]
        .filter(Boolean)
        .join(' · ');
    },
  };
}
