import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../shared/error-codes.js';

/** The one error shape, as documented in OpenAPI. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).openapi({ example: 'VALIDATION_FAILED' }),
      message: z.string().openapi({ example: 'Enter 5 or less.' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** Error responses most routes can give; spread into a route's `responses`. */
export const commonErrors = {
  400: errorResponse('The request is malformed or a field is invalid.'),
  401: errorResponse('Sign in to do this.'),
  403: errorResponse('Signed in, but not allowed to do this (or the CSRF token is missing).'),
  404: errorResponse('No such record, or not visible to you.'),
} as const;

export const conflictError = { 409: errorResponse('The change conflicts with existing data.') } as const;

export const jsonBody = <T extends z.ZodType>(schema: T, description = 'The request body.') => ({
  body: { content: { 'application/json': { schema } }, required: true, description },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A path id: a UUID. */
export const IdParam = z
  .uuid()
  .openapi({ param: { name: 'id', in: 'path' }, example: '6d3a5a0e-5f39-4b8e-9d0c-2b7b1f3f4e21' });
