import "server-only";
import type { MutationSpec } from "../actions/mutation";
import { FieldError } from "../actions/errors";
import type { SourceInput } from "../validation/sources";
import { parseSource } from "../validation/sources";
import { freeKey, slugify, toDbDate } from "./shared";

export const addSource: MutationSpec<SourceInput> = {
  permission: "source.add",
  action: "source.add",
  parse: parseSource,
  async write(tx, input) {
    if (input.url && (await tx.source.findFirst({ where: { url: input.url }, select: { id: true } }))) {
      throw new FieldError({ url: "A source with this web address is already in the record: choose it from the list in the form instead" });
    }
    const source = await tx.source.create({
      data: {
        key: await freeKey(tx, "source", slugify(`${input.publisher}-${input.title}`)),
        title: input.title,
        publisher: input.publisher,
        url: input.url ?? null,
        publishedOn: input.publishedOn ? toDbDate(input.publishedOn) : null,
        publishedPrecision: input.publishedOn?.precision ?? null,
      },
      select: { id: true, key: true, title: true, publisher: true, url: true },
    });
    return {
      entity: "Source",
      entityId: String(source.id),
      before: null,
      after: { ...source, publishedOn: input.publishedOn },
      // The list comes 50 a page: the address names the source, and the list opens on the page that holds it.
      redirectTo: `/sources?saved=${source.key}#source-${source.key}`,
      revalidate: ["/sources"],
    };
  },
};
