import { formatIsoDate } from "@/lib/domain/dates";

/**
 * The printed pack's running header: the meeting date in the top margin of every page (the page
 * numbers are in app/globals.css). A style element, not markup in the pack, so the issued text carries
 * classes only. The date is digits and month names: nothing in it needs escaping in CSS.
 */
export function PackPrintStyle({ meetingDate, issued }: { meetingDate: string; issued?: string }) {
  const words = `London Cerner rollout · Board pack for the meeting of ${formatIsoDate(meetingDate)}${issued ? ` · issued ${issued}` : ""}`.replace(
    /["\\\n]/g,
    "",
  );
  return <style>{`@page { @top-center { content: "${words}"; font-family: Arial, sans-serif; font-size: 8pt; color: #4c6272; } }`}</style>;
}
