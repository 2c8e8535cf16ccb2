/**
 * People's own data: the archive a person downloads (a documented, versioned JSON format), what
 * erasure asks for and answers, and a network's choice for erased people's ties.
 */
import { z } from '@hono/zod-openapi';
import {
  ANALYSIS_LEVELS,
  RESOURCE_VISIBILITIES,
  ERASED_TIES_CHOICES,
  MEMBERSHIP_ROLES,
  PERSON_KINDS,
  RELATION_TYPES,
  RESPONSE_STATUSES,
  TIE_SOURCES,
} from '../shared/vocabulary.js';

/** Bump when a field changes meaning or goes away; adding a field keeps the version. */
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_FORMAT = 'trellis.personal-data';

const isoTime = z
  .string()
  .openapi({ description: 'An ISO 8601 timestamp (UTC).', example: '2026-12-01T20:06:16.000Z' });
const isoDate = z.string().openapi({ description: 'An ISO 8601 date.', example: '2026-09-01' });
const Ref = z.object({ id: z.uuid(), name: z.string() });
const NetworkRef = Ref.extend({ slug: z.string() });

const Profile = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  kinds: z.array(z.enum(PERSON_KINDS)),
  expertise: z.array(z.string()),
  needs: z.array(z.string()),
  languages: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const Account = z
  .object({ isAdmin: z.boolean(), locale: z.string().nullable(), createdAt: isoTime })
  .openapi({
    description:
      'The sign-in account; the password hash is never exported. Null when the person cannot sign in.',
  });

const Session = z.object({ createdAt: isoTime, expiresAt: isoTime, userAgent: z.string().nullable() });

const SignInAttempt = z
  .object({
    at: isoTime,
    succeeded: z.boolean().nullable().openapi({ description: 'Null while the password is being checked.' }),
    clientAddress: z
      .string()
      .openapi({ description: 'The address it came from (an IPv6 client by its /64).' }),
  })
  .openapi({ description: 'Sign-in attempts made with this person’s email, kept for rate limiting.' });

const SignInDevice = z.object({ email: z.string(), createdAt: isoTime, expiresAt: isoTime }).openapi({
  description:
    'Browsers that signed in as this person and are trusted by the sign-in limits (never their tokens).',
});

const Affiliation = z.object({
  organisation: Ref,
  role: z.string(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
});

const Membership = z.object({
  network: NetworkRef,
  role: z.enum(MEMBERSHIP_ROLES),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  createdAt: isoTime,
});

const Nomination = z.object({
  question: z.object({
    id: z.uuid(),
    relation: z.enum(RELATION_TYPES),
    promptEn: z.string(),
    promptEs: z.string(),
  }),
  person: Ref.nullable().openapi({
    description: 'Someone in Trellis the person chose (their name as Trellis holds it).',
  }),
  outside: z
    .object({ name: z.string(), organisation: z.string().nullable() })
    .nullable()
    .openapi({ description: 'Someone outside Trellis, as the person typed them.' }),
  frequency: z.number().int().nullable(),
});

const SurveyResponse = z.object({
  id: z.uuid(),
  network: NetworkRef,
  survey: z.object({ id: z.uuid(), title: z.string() }),
  wave: z.object({ id: z.uuid(), number: z.number().int(), opensOn: isoDate, closesOn: isoDate }),
  status: z.enum(RESPONSE_STATUSES),
  submittedAt: isoTime.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  nominations: z.array(Nomination),
});

const ReportedTie = z.object({
  network: NetworkRef,
  waveId: z.uuid().nullable(),
  relation: z.enum(RELATION_TYPES),
  to: Ref.nullable(),
  toOutside: z.object({ name: z.string(), organisation: z.string().nullable() }).nullable(),
  weight: z.number(),
  source: z.enum(TIE_SOURCES),
  createdAt: isoTime,
});

const AnalysisNode = z
  .object({
    analysisId: z.uuid(),
    network: NetworkRef,
    level: z.enum(ANALYSIS_LEVELS),
    waveId: z.uuid().nullable(),
    finishedAt: isoTime.nullable(),
    measures: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()])),
  })
  .openapi({
    description: 'The person’s own measures in a stored analysis (degree, betweenness…), not who named them.',
  });

const AuditEntry = z.object({
  id: z.number().int(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  asActor: z
    .boolean()
    .openapi({ description: 'True when the person did this; false when it was done about them.' }),
  details: z.record(z.string(), z.unknown()).nullable(),
  at: isoTime,
});

export const PersonalDataArchive = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    generatedAt: isoTime,
    profile: Profile,
    account: Account.nullable(),
    sessions: z.array(Session),
    signInAttempts: z.array(SignInAttempt),
    signInDevices: z.array(SignInDevice),
    affiliations: z.array(Affiliation),
    memberships: z.array(Membership),
    surveyResponses: z
      .array(SurveyResponse)
      .openapi({ description: 'Drafts and submissions, with whom the person named.' }),
    tiesReported: z.array(ReportedTie).openapi({
      description: 'Ties on relationship maps that come from the person’s own answers or imports of them.',
    }),
    surveysCreated: z.array(
      z.object({ id: z.uuid(), title: z.string(), network: NetworkRef, createdAt: isoTime }),
    ),
    practicesRecorded: z.array(
      z.object({ id: z.uuid(), title: z.string(), network: NetworkRef, createdAt: isoTime }),
    ),
    evidenceRecorded: z.array(z.object({ id: z.uuid(), practiceId: z.uuid(), createdAt: isoTime })),
    adoptionsRecorded: z.array(z.object({ id: z.uuid(), practiceId: z.uuid(), createdAt: isoTime })),
    resourcesAuthored: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          visibility: z.enum(RESOURCE_VISIBILITIES),
          networkId: z.uuid().nullable(),
          createdAt: isoTime,
        }),
      )
      .openapi({ description: 'The knowledge bank’s resources the person is credited as an author of.' }),
    resourceVersionsSaved: z
      .array(
        z.object({ resourceId: z.uuid(), version: z.number().int(), note: z.string(), editedAt: isoTime }),
      )
      .openapi({ description: 'The versions of resources the person saved, with their notes.' }),
    attachmentsUploaded: z
      .array(
        z.object({
          id: z.uuid(),
          resourceId: z.uuid(),
          fileName: z.string(),
          contentType: z.string(),
          size: z.number().int(),
          createdAt: isoTime,
        }),
      )
      .openapi({
        description:
          'The files the person attached to resources (what they are; each downloads from /api/v1/attachments/{id} while its resource is readable).',
      }),
    collectionsCreated: z
      .array(
        z.object({
          id: z.uuid(),
          networkId: z.uuid(),
          title: z.string(),
          titleEs: z.string().nullable(),
          description: z.string(),
          descriptionEs: z.string().nullable(),
          createdAt: isoTime,
        }),
      )
      .openapi({
        description: 'The collections the person curated; erasure keeps them, without the creator.',
      }),
    wavesClosed: z.array(
      z.object({ id: z.uuid(), surveyId: z.uuid(), number: z.number().int(), closedAt: isoTime.nullable() }),
    ),
    remindersReceived: z.array(
      z.object({ waveId: z.uuid(), survey: z.string(), network: NetworkRef, sentAt: isoTime }),
    ),
    remindersSent: z
      .array(z.object({ waveId: z.uuid(), sentAt: isoTime }))
      .openapi({ description: 'When the person reminded others to answer (whom is the others’ data).' }),
    analysesRequested: z.array(
      z.object({ id: z.uuid(), network: NetworkRef, level: z.enum(ANALYSIS_LEVELS), requestedAt: isoTime }),
    ),
    analysisNodes: z.array(AnalysisNode),
    auditEntries: z.array(AuditEntry),
  })
  .openapi('PersonalDataArchive', {
    description:
      `Everything Trellis holds about one person (format "${ARCHIVE_FORMAT}", version ${ARCHIVE_VERSION}). ` +
      'Ties and answers other people gave about them are those people’s data and are not included.',
  });
export type PersonalDataArchive = z.infer<typeof PersonalDataArchive>;

/** What will happen to a network's part of one's data on erasure, for the "Your data" page. */
const NetworkConsequence = NetworkRef.extend({
  erasedTies: z.enum(ERASED_TIES_CHOICES),
  soleCoordinator: z
    .boolean()
    .openapi({ description: 'The person is this network’s only coordinator: erasure waits for another.' }),
});

export const PersonalDataSummary = z
  .object({
    counts: z.object({
      affiliations: z.number().int(),
      memberships: z.number().int(),
      surveyResponses: z.number().int(),
      tiesReported: z.number().int(),
      tiesNamingThem: z
        .number()
        .int()
        .openapi({ description: 'How many ties others reported name the person (never who).' }),
      sessions: z.number().int(),
      auditEntries: z.number().int(),
    }),
    networks: z.array(NetworkConsequence),
    canErase: z
      .boolean()
      .openapi({ description: 'False while the person is the only coordinator of a network.' }),
    confirmWith: z
      .enum(['password', 'recent-sign-in'])
      .nullable()
      .openapi({
        description:
          'How erasure is confirmed: the password, or (for accounts without one) a sign-in at the identity ' +
          'provider made in the last minutes. Null when the person cannot sign in.',
      }),
    recentSignInUntil: isoTime.nullable().openapi({
      description: 'With `recent-sign-in`: until when this session’s sign-in confirms an erasure.',
    }),
  })
  .openapi('PersonalDataSummary');

export const ErasureBody = z
  .object({
    password: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({
        description:
          'The caller’s own password, re-entered to confirm. Left out by someone who signs in only through ' +
          'their school’s identity provider: a sign-in in the last minutes confirms instead (see the summary’s `confirmWith`).',
      }),
  })
  .openapi('ErasureRequest');

export const ErasureResult = z
  .object({
    erasedAt: isoTime,
    tombstoneId: z
      .uuid()
      .openapi({ description: 'The anonymous stand-in that the kept ties and audit entries now name.' }),
    ties: z.object({ tombstoned: z.number().int(), removed: z.number().int() }),
  })
  .openapi('ErasureResult');

export const ErasurePolicy = z
  .object({
    erasedTies: z.enum(ERASED_TIES_CHOICES).openapi({
      description:
        'tombstone (default): an erased person’s ties stay on the map, tied to an anonymous stand-in, so measures do not change; remove: they go.',
    }),
  })
  .openapi('ErasurePolicy');
export type ErasurePolicy = z.infer<typeof ErasurePolicy>;
