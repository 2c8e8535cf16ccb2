/**
 * The map tab, loaded as its own chunk (sigma and graphology stay out of every other page): it
 * fetches the stored map, waits while it is being laid out, and then draws it.
 */
import { useQuery } from '@tanstack/react-query';
import type { AnalysisLevel } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { analysisKeys, getAnalysisMap } from './analysis.api.ts';
import { MapView } from './MapView.tsx';
import './map.css';

const LAYOUT_POLL_MS = 2_000;

/** Whether this browser can draw WebGL at all (off in some locked-down browsers). */
function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

export default function NetworkMap({ analysisId, level }: { analysisId: string; level: AnalysisLevel }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: analysisKeys.map(analysisId),
    queryFn: ({ signal }) => getAnalysisMap(analysisId, signal),
    // The layout is computed after the measures: ask again until it is stored.
    refetchInterval: (current) => (current.state.data?.status === 'pending' ? LAYOUT_POLL_MS : false),
    staleTime: Infinity,
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} onRetry={() => void query.refetch()} />;
  const map = query.data;
  if (map.status === 'pending')
    return (
      <p className="notice map-pending" role="status">
        {t.analysis.map.layingOut}
      </p>
    );
  if (map.status === 'failed') return <p className="notice notice-error">{t.analysis.map.failed}</p>;
  if (!webglAvailable()) return <p className="notice">{t.analysis.map.noWebgl}</p>;
  return <MapView map={map} level={level} />;
}
