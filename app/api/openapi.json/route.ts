// GET /api/openapi.json – the OpenAPI 3.1 document of the whole API, generated from the routes' zod contracts
import { allContracts } from "@/lib/http/contracts";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import packageJson from "@/package.json";

export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return Response.json(buildOpenApiDocument(allContracts, { version: packageJson.version }));
}
