import "server-only";
import { PERMISSIONS } from "../auth/permissions";
import { ROLE_LABEL } from "../domain/roles";
import { COLLECTIONS } from "./collections";
import { openApiDocument } from "./openapi";

let built: ReturnType<typeof openApiDocument> | null = null;

/** The API's OpenAPI document, built once per process from the collections' schemas. */
export function apiDocument() {
  built ??= openApiDocument(Object.values(COLLECTIONS).map((c) => ({ ...c, who: PERMISSIONS[c.permission].map((r) => ROLE_LABEL[r]).join(", ") })));
  return built;
}
