import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-reading">
      <h1>Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.</p>
      <p>
        <Link href="/">Go to the rollout overview</Link> to find a trust.
      </p>
    </div>
  );
}
