/**
 * A schema.org JSON-LD block for the page, as the server built it (resources.jsonld.ts; only
 * public resources carry one). It is put in `<head>` as text, never parsed as HTML, and removed
 * when the page goes; a data block is not a script, so the CSP does not need to allow it.
 */
import { useEffect } from 'react';

export function JsonLd({ data }: { data: Record<string, unknown> | null }) {
  const json = data ? JSON.stringify(data) : null;
  useEffect(() => {
    if (!json) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    document.head.append(script);
    return () => script.remove();
  }, [json]);
  return null;
}
