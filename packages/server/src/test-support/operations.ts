/**
 * The API's operations as the route tests see them: every operation of the OpenAPI document, with
 * its zod request and response schemas from the app's registry (the same schemas that validate
 * requests and generate the document, so the tests check answers against the one source of truth).
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { OPENAPI_INFO, type App } from '../app.js';
import type { HarnessRequest } from './route-access.js';
import type { TestClient, TestResponse } from './http-client.js';

export const API_PREFIX = '/api/v1';

/** A JSON schema node of the OpenAPI document (loosely typed: the tests walk it). */
export type JsonSchema = Record<string, any>;
export type OpenApiDocument = ReturnType<App['getOpenAPI31Document']>;

export interface Operation {
  /** `GET /networks/{id}`: the method and the path below /api/v1, as the inventory names it. */
  key: string;
  method: string;
  /** The full path template, `/api/v1/networks/{id}`. */
  path: string;
  /** The operation in the OpenAPI document. */
  document: JsonSchema;
  /** The route as declared with createRoute. */
  route: RouteConfig;
}

export function openApiDocument(app: App): OpenApiDocument {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Every operation of the API's OpenAPI document, joined with its registry route. */
export function listOperations(app: App): Operation[] {
  const routes = new Map<string, RouteConfig>();
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type === 'route')
      routes.set(`${definition.route.method.toUpperCase()} ${definition.route.path}`, definition.route);
  }
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(openApiDocument(app).paths ?? {})) {
    if (!path.startsWith(API_PREFIX)) continue;
    for (const method of METHODS) {
      const document = (item as Record<string, JsonSchema | undefined>)[method];
      if (!document) continue;
      const route = routes.get(`${method.toUpperCase()} ${path}`);
      if (!route) throw new Error(`${method} ${path} is in the document but not in the registry`);
      operations.push({
        key: `${method.toUpperCase()} ${path.slice(API_PREFIX.length)}`,
        method: method.toUpperCase(),
        path,
        document,
        route,
      });
    }
  }
  return operations;
}

/** The statuses the route documents. */
export const documentedStatuses = (operation: Operation) =>
  Object.keys(operation.route.responses).map(Number);

/** The zod schema of the route's JSON answer for a status, if it documents one. */
export function responseSchema(operation: Operation, status: number): ZodType | undefined {
  const response = (operation.route.responses as Record<string, any>)[String(status)];
  return response?.content?.['application/json']?.schema as ZodType | undefined;
}

/** The media types the route documents for a status. */
export function responseMediaTypes(operation: Operation, status: number): string[] {
  const response = (operation.route.responses as Record<string, any>)[String(status)];
  return Object.keys(response?.content ?? {});
}

/** The URL of a request: path parameters filled (encoded), the query appended. */
export function urlOf(operation: Operation, request: HarnessRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${operation.key}: no value for the path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${path}?${query}` : path;
}

export interface SendOptions {
  /** The URL as it is, already encoded (overrides the one built from the request). */
  url?: string;
  /** Raw body text or bytes (overrides `request.body`), e.g. malformed JSON or a disguised file. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

/**
 * Sends the request through the client (its session cookie and CSRF token, unless headers say
 * otherwise): a JSON body as JSON, a file's bytes (upload routes) as they are.
 */
export function send(
  client: TestClient,
  operation: Operation,
  request: HarnessRequest,
  options: SendOptions = {},
): Promise<TestResponse> {
  const body =
    options.rawBody ??
    (request.body === undefined || request.body instanceof Uint8Array
      ? request.body
      : JSON.stringify(request.body));
  return client.request(
    operation.method,
    options.url ?? urlOf(operation, request),
    body,
    options.headers ?? {},
  );
}
