import { toErrorResponse } from "./respond";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler so that every thrown AppError leaves as the JSON error envelope and anything else
 * as a logged, generic 500. Handlers follow the guard ladder: parse -> authenticate -> load scoped ->
 * authorise -> act.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
