// Only the overview has a loading state: on a trust page it would start the response before
// notFound() could set the 404 status.
/** Shown while a page reads the record: a plain message, announced politely to screen readers. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="bg-white p-6 max-w-reading">
      <p className="nhs-text-22">Loading the rollout record…</p>
    </div>
  );
}
