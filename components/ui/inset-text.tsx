export function InsetText({ children }: { children: React.ReactNode }) {
  return <div className="my-6 border-l-8 border-nhs-blue bg-white p-4 max-w-reading">{children}</div>;
}
