/**
 * Closing a wave, with a confirmation first (it cannot be undone). Focus goes to the question,
 * back to the button on "Cancel", and to the outcome once closed, which links to the analysis.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { RequestFailed } from '../ui/feedback.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { closeWave, surveyKeys, type WaveDetail } from './surveys.api.ts';

export function CloseWavePanel({ detail }: { detail: WaveDetail }) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { wave, network } = detail;
  const [confirming, setConfirming] = useState(false);
  const [ties, setTies] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  const close = useMutation({
    mutationFn: () => closeWave(wave.id),
    onSuccess: async (result) => {
      setTies(result.ties);
      setConfirming(false);
      announce(fill(t.surveys.wavePage.closedNow, { ties: result.ties }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: surveyKeys.wave(wave.id) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.ofNetwork(network.id) }),
        queryClient.invalidateQueries({ queryKey: surveyKeys.mine }),
      ]);
    },
  });

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (ties !== null) outcome.current?.focus();
  }, [ties]);

  const closed = wave.status === 'closed' || ties !== null;
  return (
    <section aria-labelledby="close-heading" className="panel">
      <h2 id="close-heading">{t.surveys.wavePage.close}</h2>
      {closed ? (
        <div ref={outcome} tabIndex={-1}>
          {ties !== null ? <p>{fill(t.surveys.wavePage.closedNow, { ties })}</p> : null}
          <p>{t.surveys.wavePage.analysing}</p>
          <p>
            <Link className="button-primary" to={`/networks/${network.slug}/analysis?wave=${wave.id}`}>
              {fill(t.surveys.wavePage.analysisLink, { name: network.name })}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="hint">{t.surveys.wavePage.closeHint}</p>
          {confirming ? (
            <div className="confirm">
              <p ref={question} tabIndex={-1}>
                <strong>{fill(t.surveys.wavePage.confirmClose, { number: wave.number })}</strong>
              </p>
              <button
                type="button"
                className="button-danger"
                disabled={close.isPending}
                onClick={() => close.mutate()}
              >
                {close.isPending ? t.surveys.wavePage.closing : t.surveys.wavePage.confirmCloseButton}
              </button>{' '}
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setConfirming(false);
                  // The opener mounts again after this render.
                  window.setTimeout(() => opener.current?.focus(), 0);
                }}
              >
                {t.common.cancel}
              </button>
            </div>
          ) : (
            <p>
              <button
                ref={opener}
                type="button"
                className="button-danger"
                onClick={() => setConfirming(true)}
              >
                {t.surveys.wavePage.close}
              </button>
            </p>
          )}
          {close.isError ? <RequestFailed error={close.error} /> : null}
        </>
      )}
    </section>
  );
}
