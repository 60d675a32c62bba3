import Link from "next/link";

export default function TrustNotFound() {
  return (
    <div className="max-w-reading">
      <h1>Trust not found</h1>
      <p className="mb-4">There is no trust at this address in the rollout record. Check the address, or find the trust in the overview.</p>
      <p>
        <Link href="/">Go to the rollout overview</Link>
      </p>
    </div>
  );
}
