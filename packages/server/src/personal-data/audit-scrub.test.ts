import { describe, expect, it } from 'vitest';
import { ERASED_VALUE, matchableValues, scrubAuditEntry } from './audit-scrub.js';

const target = {
  personId: '11111111-1111-4111-8111-111111111111',
  tombstoneId: '22222222-2222-4222-8222-222222222222',
  personalValues: ['Ana Ruiz', 'ana@example.org', 'es', 'Cálculo mental'],
};

describe('scrubbing an erased person out of an audit entry', () => {
  it('re-keys the actor and entity, and erases every string of an entry about the person, keeping keys and numbers', () => {
    const scrubbed = scrubAuditEntry(
      {
        actorId: target.personId,
        entityType: 'person',
        entityId: target.personId,
        details: { expertise: ['Anything at all', 'x'], languages: ['es'], sessionsEnded: 3, admin: false },
      },
      target,
    );
    expect(scrubbed).toEqual({
      actorId: target.tombstoneId,
      entityType: 'person',
      entityId: target.tombstoneId,
      details: {
        expertise: [ERASED_VALUE, ERASED_VALUE],
        languages: [ERASED_VALUE],
        sessionsEnded: 3,
        admin: false,
      },
    });
  });

  it('in someone else’s entry, re-keys the person’s id and erases only strings holding their values', () => {
    const scrubbed = scrubAuditEntry(
      {
        actorId: 'coordinator',
        entityType: 'membership',
        entityId: 'm1',
        details: {
          personId: target.personId,
          note: `added ${target.personId}`,
          role: 'member',
          who: 'ANA RUIZ (school)',
        },
      },
      target,
    );
    expect(scrubbed.actorId).toBe('coordinator');
    expect(scrubbed.details).toEqual({
      personId: target.tombstoneId,
      note: `added ${target.tombstoneId}`,
      role: 'member',
      who: ERASED_VALUE,
    });
  });

  it('erases a key made of a personal value without merging two such keys', () => {
    const scrubbed = scrubAuditEntry(
      {
        actorId: null,
        entityType: 'import',
        entityId: null,
        details: { 'Ana Ruiz': 1, 'ana@example.org': 2 },
      },
      target,
    );
    expect(scrubbed.details).toEqual({ [`${ERASED_VALUE} 1`]: 1, [`${ERASED_VALUE} 2`]: 2 });
  });

  it('does not match values too short to mean anything inside other text', () => {
    expect(matchableValues(target.personalValues)).toEqual(['ana ruiz', 'ana@example.org', 'cálculo mental']);
    const scrubbed = scrubAuditEntry(
      { actorId: null, entityType: 'network', entityId: 'n1', details: { name: 'Red de escuelas' } },
      target,
    );
    expect(scrubbed.details).toEqual({ name: 'Red de escuelas' });
  });

  it('matches values as whole words, so a short name does not blank unrelated text', () => {
    const short = { ...target, personalValues: ['Ana'] };
    const scrubbed = scrubAuditEntry(
      {
        actorId: null,
        entityType: 'network',
        entityId: 'n1',
        details: { name: 'Red Canaria', note: 'con Ana y Luis' },
      },
      short,
    );
    expect(scrubbed.details).toEqual({ name: 'Red Canaria', note: ERASED_VALUE });
  });
});
