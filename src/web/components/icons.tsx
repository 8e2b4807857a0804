// A small set of line icons drawn for Inroads, so the app needs no icon package.
import type { SVGProps } from "react";

const PATHS = {
  today:
    "M12 3v2M12 19v2M5 12H3M21 12h-2M6.3 6.3 4.9 4.9M19.1 19.1l-1.4-1.4M6.3 17.7l-1.4 1.4M19.1 4.9l-1.4 1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z",
  people:
    "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.6-3.6 3.3-6 6.5-6s5.9 2.4 6.5 6M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.4c2 .8 3.2 2.9 3.5 5.6",
  organizations: "M4 21V5l8-2v18M12 8h8v13M7 8h2M7 12h2M7 16h2M15 12h2M15 16h2M2 21h20",
  outreach: "M3 11 21 3l-8 18-2-8-8-2zM11 13l4-4",
  conversation: "M4 5h16v10H9l-5 4V5zM8 9h8M8 12h5",
  network:
    "M6 6a2 2 0 1 0 0-.1M18 6a2 2 0 1 0 0-.1M12 18a2 2 0 1 0 0-.1M7.5 7.5l3.5 8.5M16.5 7.5 13 16M8 6h8",
  progress: "M4 20V10M10 20V4M16 20v-7M22 20H2",
  settings:
    "M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM19 12l2-1.2-1.5-3-2.3.4-1.4-1.4.4-2.3-3-1.5L12 5l-1.2-2-3 1.5.4 2.3-1.4 1.4-2.3-.4-1.5 3L5 12l-2 1.2 1.5 3 2.3-.4 1.4 1.4-.4 2.3 3 1.5L12 19l1.2 2 3-1.5-.4-2.3 1.4-1.4 2.3.4 1.5-3L19 12z",
  search: "M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM20 20l-4-4",
  plus: "M12 5v14M5 12h14",
  check: "M5 12.5 10 17 19 7",
  clock: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2",
  mail: "M3 6h18v12H3zM3 6l9 7 9-7",
  copy: "M8 8h12v12H8zM4 16V4h12",
  print: "M6 9V3h12v6M6 17H4v-7h16v7h-2M7 14h10v7H7z",
  play: "M7 4v16l13-8z",
  pause: "M7 4h4v16H7zM13 4h4v16h-4z",
  arrowRight: "M5 12h14M13 6l6 6-6 6",
  arrowLeft: "M19 12H5M11 6l-6 6 6 6",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
  edit: "M4 20h4L19 9l-4-4L4 16v4zM13 7l4 4",
  user: "M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c.8-4 4-7 8-7s7.2 3 8 7",
  sparkle: "M12 3l2 6 6 2-6 2-2 6-2-6-6-2 6-2 2-6z",
  upload: "M12 16V4M7 9l5-5 5 5M4 20h16",
  download: "M12 4v12M7 11l5 5 5-5M4 20h16",
  transfer: "M7 4v13M3 13l4 4 4-4M17 20V7M13 11l4-4 4 4",
  calendar: "M4 6h16v14H4zM4 10h16M8 3v4M16 3v4",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({
  name,
  size = 18,
  ...rest
}: { name: IconName; size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
