import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../routing/app-env.js';
import { requestLocale } from '../shared/locale.js';
import {
  commonErrors,
  conflictError,
  ErrorSchema,
  IdParam,
  jsonBody,
  jsonResponse,
} from '../shared/openapi-common.js';
import { clearSessionCookie, type CookieSettings } from '../accounts/session-cookie.js';
import { requireActor } from '../routing/app-env.js';
import { NetworkKeyParam } from '../networks/networks.schema.js';
import { erasePerson } from './erasure.service.js';
import {
  ErasureBody,
  ErasurePolicy,
  ErasureResult,
  PersonalDataArchive,
  PersonalDataSummary,
} from './personal-data.schema.js';
import {
  exportOwnData,
  getErasurePolicy,
  setErasurePolicy,
  summariseOwnData,
} from './personal-data.service.js';

const tags = ['Your data'];

const tooManyAttempts = {
  429: jsonResponse(ErrorSchema, 'Too many wrong passwords; see Retry-After.'),
} as const;

const exportRoute = createRoute({
  method: 'get',
  path: '/me/data',
  tags,
  summary: 'Download everything Trellis holds about you (a JSON archive, as an attachment)',
  responses: { 200: jsonResponse(PersonalDataArchive, 'Your archive.'), 401: commonErrors[401] },
});

const summaryRoute = createRoute({
  method: 'get',
  path: '/me/data/summary',
  tags,
  summary: 'How much Trellis holds about you, and what erasing your account would do in each network',
  responses: { 200: jsonResponse(PersonalDataSummary, 'The summary.'), 401: commonErrors[401] },
});

const eraseSelfRoute = createRoute({
  method: 'post',
  path: '/me/erasure',
  tags,
  summary: 'Erase your account and personal data (re-enter your password); signs you out',
  request: jsonBody(ErasureBody),
  responses: {
    200: jsonResponse(ErasureResult, 'Erased.'),
    ...commonErrors,
    409: jsonResponse(ErrorSchema, 'You are the only coordinator of a network: appoint another first.'),
    ...tooManyAttempts,
  },
});

const erasePersonRoute = createRoute({
  method: 'post',
  path: '/people/{id}/erasure',
  tags,
  summary: 'Erase another person’s data on their request (platform admins; re-enter your own password)',
  request: { params: z.object({ id: IdParam }), ...jsonBody(ErasureBody) },
  responses: {
    200: jsonResponse(ErasureResult, 'Erased.'),
    ...commonErrors,
    409: jsonResponse(ErrorSchema, 'The person is the only coordinator of a network: appoint another first.'),
    ...tooManyAttempts,
  },
});

const NetworkParams = z.object({ id: NetworkKeyParam });

const getPolicyRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/erasure-policy',
  tags,
  summary: 'What happens to an erased person’s ties in this network',
  request: { params: NetworkParams },
  responses: {
    200: jsonResponse(ErasurePolicy, 'The network’s choice.'),
    400: commonErrors[400],
    404: commonErrors[404],
  },
});

const setPolicyRoute = createRoute({
  method: 'put',
  path: '/networks/{id}/erasure-policy',
  tags,
  summary: 'Choose what happens to an erased person’s ties (those who manage the network’s surveys)',
  request: { params: NetworkParams, ...jsonBody(ErasurePolicy) },
  responses: { 200: jsonResponse(ErasurePolicy, 'Saved.'), ...commonErrors, ...conflictError },
});

/** The archive's file name: the person's id would do, but a date tells one download from the next. */
const archiveFileName = (generatedAt: string) => `trellis-data-${generatedAt.slice(0, 10)}.json`;

/** Export, summary and erasure of one's own data; erasure on request by admins; networks' erasure choice. */
export function personalDataRoutes(cookies: CookieSettings) {
  return createRouter()
    .openapi(exportRoute, async (c) => {
      requireActor(c);
      const archive = await exportOwnData(c.var.db, c.var.principal);
      c.header('Content-Disposition', `attachment; filename="${archiveFileName(archive.generatedAt)}"`);
      c.header('Cache-Control', 'no-store');
      return c.json(archive, 200);
    })
    .openapi(summaryRoute, async (c) => {
      const actor = requireActor(c);
      c.header('Cache-Control', 'no-store');
      return c.json(await summariseOwnData(c.var.db, c.var.principal, actor.signedInAt), 200);
    })
    .openapi(eraseSelfRoute, async (c) => {
      const actor = requireActor(c);
      const outcome = await erasePerson(c.var.db, c.var.principal, {
        personId: actor.personId,
        password: c.req.valid('json').password,
        signedInAt: actor.signedInAt,
        clientAddress: c.var.clientAddress,
        locale: requestLocale(c),
      });
      clearSessionCookie(c, cookies);
      c.header('Cache-Control', 'no-store');
      return c.json(outcome, 200);
    })
    .openapi(erasePersonRoute, async (c) => {
      const actor = requireActor(c);
      const outcome = await erasePerson(c.var.db, c.var.principal, {
        personId: c.req.valid('param').id,
        password: c.req.valid('json').password,
        signedInAt: actor.signedInAt,
        clientAddress: c.var.clientAddress,
        locale: requestLocale(c),
      });
      c.header('Cache-Control', 'no-store');
      return c.json(outcome, 200);
    })
    .openapi(getPolicyRoute, async (c) =>
      c.json(await getErasurePolicy(c.var.db, c.var.principal, c.req.valid('param').id), 200),
    )
    .openapi(setPolicyRoute, async (c) => {
      requireActor(c);
      const policy = await setErasurePolicy(
        c.var.db,
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(policy, 200);
    });
}
