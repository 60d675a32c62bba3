"use client";
// A go-live sub-page (re-plan, go-live, acceptance) for an id the trust does not have: the trust's own
// not-found would say "Trust not found" of a trust that may well exist. The address gives the trust.
import Link from "next/link";
import { useParams } from "next/navigation";

export default function GoLiveNotFound() {
  const { slug } = useParams<{ slug: string }>();
  return (
    <div className="max-w-reading">
      <h1>Go-live not found</h1>
      <p className="mb-4">
        There is no go-live at this address in the rollout record. The address may be mistyped, or the go-live may belong to another trust.
      </p>
      <p>{slug ? <Link href={`/trusts/${encodeURIComponent(slug)}`}>Back to the trust</Link> : <Link href="/">Go to the rollout overview</Link>}</p>
    </div>
  );
}
