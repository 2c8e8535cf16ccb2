/** Participants, topics or options the jigsaw cannot be formed from (too few people, a repeated id…). */
export class JigsawError extends Error {
  override readonly name = 'JigsawError';
}
