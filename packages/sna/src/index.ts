/** Trellis network analysis engine. The measures arrive with the analysis-engine issue. */
export const SNA_VERSION = '0.1.0';
