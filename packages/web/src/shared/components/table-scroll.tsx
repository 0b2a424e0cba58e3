import { type ReactNode, useEffect, useRef, useState } from "react";

type TableScrollProps = { label: string; minWidth: number; children: ReactNode };

/**
 * A wide table on a narrow screen scrolls sideways. When (and only when) it does, the scroll area is a named,
 * focusable region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export const TableScroll = ({ label, minWidth, children }: TableScrollProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrollable(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrollable ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
    >
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
};
