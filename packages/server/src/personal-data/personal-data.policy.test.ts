/** The personal-data rows of the policy table: who may export and erase whose data. */
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, canOnPersonalData, canSetErasurePolicy, type Principal } from '../authz/policy.js';
import { MEMBERSHIP_ROLES } from '../shared/vocabulary.js';

const self = 'a0000000-0000-4000-8000-000000000001';
const someoneElse = 'a0000000-0000-4000-8000-000000000002';
const person: Principal = { kind: 'person', personId: self, isAdmin: false };
const admin: Principal = { kind: 'person', personId: self, isAdmin: true };

describe('personal data policy', () => {
  it.each([
    ['anonymous', ANONYMOUS, self, false, false],
    ['a person, their own', person, self, true, true],
    ['a person, someone else’s', person, someoneElse, false, false],
    ['an admin, their own', admin, self, true, true],
    ['an admin, someone else’s (erasure on request only)', admin, someoneElse, false, true],
  ] as const)('%s: export %s, erase %s', (_label, principal, subject, exports, erases) => {
    expect(canOnPersonalData(principal, 'personal_data.export', subject)).toBe(exports);
    expect(canOnPersonalData(principal, 'personal_data.erase', subject)).toBe(erases);
  });

  it('lets only those who manage surveys choose what happens to erased ties', () => {
    const allowed = MEMBERSHIP_ROLES.filter((role) =>
      canSetErasurePolicy(person, { visibility: 'public', role }),
    );
    expect(allowed).toEqual(['coordinator', 'evaluator']);
    expect(canSetErasurePolicy(admin, { visibility: 'members', role: null })).toBe(true);
    expect(canSetErasurePolicy(ANONYMOUS, { visibility: 'public', role: null })).toBe(false);
  });
});
