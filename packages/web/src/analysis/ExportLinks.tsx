/** Links to the network's graph as a file (GraphML, GEXF, CSV) for the chosen level, wave and relation. */
import { useI18n } from '../i18n/i18n.tsx';
import { graphFileUrl, type Selection } from './analysis.api.ts';

export function ExportLinks({ networkId, selection }: { networkId: string; selection: Selection }) {
  const { t } = useI18n();
  const texts = t.analysis.export;
  const files = [
    { key: 'graphml', label: texts.graphml, href: graphFileUrl(networkId, selection, 'graphml') },
    { key: 'gexf', label: texts.gexf, href: graphFileUrl(networkId, selection, 'gexf') },
    { key: 'csv-nodes', label: texts.csvNodes, href: graphFileUrl(networkId, selection, 'csv', 'nodes') },
    { key: 'csv-edges', label: texts.csvEdges, href: graphFileUrl(networkId, selection, 'csv', 'edges') },
  ];
  return (
    <section aria-labelledby="export-heading" className="panel">
      <h2 id="export-heading">{texts.heading}</h2>
      <p className="hint">{texts.hint}</p>
      <ul className="link-list">
        {files.map((file) => (
          <li key={file.key}>
            <a href={file.href} download>
              {file.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
