// The RAG rating as a word in a tag with its reasons in words one click away: the colour only adds to them.
import { RAG_RULES, RATING_LABEL, type GoLiveRating, type Rating } from "@/lib/domain/rag";
import { Disclosure } from "../ui/disclosure";
import { Secondary } from "../ui/secondary";
import { Tag, type TagTone } from "../ui/tag";

// Red, amber and green tints from docs/DESIGN.md (each 7:1 or more); grey, as for Withdrawn, for not rated.
export const RATING_TONE: Record<Rating, TagTone> = { RED: "red", AMBER: "orange", GREEN: "green", NOT_RATED: "grey" };

export const RATINGS_EXPLAINED_ID = "how-ratings-are-worked-out";

export function RatingTag({ rating }: { rating: Rating }) {
  return <Tag tone={RATING_TONE[rating]}>{RATING_LABEL[rating]}</Tag>;
}

/** The tag, and every reason (the ones behind the rating first) one click away. `context` names the row for screen readers. */
export function RatingWithReasons({ rating, context }: { rating: GoLiveRating | null; context?: string }) {
  if (!rating) return <Secondary>Not known</Secondary>;
  const count = rating.reasons.length;
  return (
    <>
      <RatingTag rating={rating.rating} />
      {count > 0 ? (
        <Disclosure
          className="mt-1"
          summary={
            <>
              {count === 1 ? "Reason" : `${count} reasons`}
              <span className="sr-only"> for the rating{context ? ` of ${context}` : ""}</span>
            </>
          }
        >
          <ul className="pl-5 list-disc text-ink-secondary max-w-80">
            {rating.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
    </>
  );
}

/** "How ratings are worked out": the rules of docs/decisions/008-rag-rating.md, in short. */
export function RatingsExplained() {
  const { slipAmberDays, slipRedDays, problemWindowDays } = RAG_RULES;
  return (
    <details id={RATINGS_EXPLAINED_ID} className="mb-4 bg-white p-4 max-w-reading nhs-text-16">
      <summary className="cursor-pointer text-link underline font-semibold focus-visible:nhs-focus-text">How ratings are worked out</summary>
      <div className="mt-3">
        <p className="mb-2">
          Each go-live is rated on the date shown, from the record alone. These are this dashboard&rsquo;s own rules, not an NHS standard. The worst finding
          sets the rating; every finding is listed, the ones behind the rating first.
        </p>
        <ul className="pl-5 list-disc mb-2">
          <li>
            <strong>Red</strong>: held by a halt on the date; or the planned go-live has slipped {slipRedDays} days or more since the first plan; or it is not
            live and its latest planned date has passed with no new plan.
          </li>
          <li>
            <strong>Amber</strong>: slipped {slipAmberDays} to {slipRedDays - 1} days; problems reported in the {problemWindowDays} days up to the date; next in
            line after a halt was lifted; or no go-live date is known.
          </li>
          <li>
            <strong>Green</strong>: none of these, for example live with no recent problems, or planned and on time.
          </li>
          <li>
            <strong>Not rated</strong>: withdrawn, or not a target of the BT rollout.
          </li>
        </ul>
        <p>
          A fact counts from the end of its period: a problem reported &ldquo;December 2008&rdquo; counts from 31 December 2008. When dates are known only to
          the month or season, slip is a range and the least of it is rated, as the reason says. Once a go-live is live, its earlier slip no longer counts.
        </p>
      </div>
    </details>
  );
}
