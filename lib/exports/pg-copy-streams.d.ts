// The part of pg-copy-streams (which ships no types) that the exports and the generator use.
declare module "pg-copy-streams" {
  import type { Submittable } from "pg";
  import type { Readable, Writable } from "node:stream";

  export interface CopyStreamQuery extends Writable, Submittable {
    rowCount: number;
  }
  export interface CopyToStreamQuery extends Readable, Submittable {
    rowCount: number;
  }
  export function from(text: string): CopyStreamQuery;
  export function to(text: string): CopyToStreamQuery;
}
