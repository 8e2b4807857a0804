import { Skeleton } from "@mantine/core";
import type { ChartConfiguration } from "chart.js";
import { useEffect, useRef, useState } from "react";

/** One chart. chart.js arrives in its own chunk the first time a chart is drawn. */
export function ChartCanvas({ config, summary }: { config: ChartConfiguration; summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import("./chartSetup").then(({ drawChart }) => {
      if (cancelled || !canvas.current) return;
      chart = drawChart(canvas.current, config);
      setReady(true);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div className="chart-box">
      {!ready && <Skeleton height="100%" radius="md" style={{ position: "absolute", inset: 0 }} />}
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
