// The referral graph drawn with cytoscape, loaded only when this page opens. Each arrow runs
// from the person who gave a name to the person named; colours are pipeline statuses.
import { useEffect, useRef } from "react";
import { useLocation } from "wouter";
import { STATUS_HEX } from "../../lib/labels";
import type { Network } from "./useNetwork";

export function ReferralGraph({ network }: { network: Network }) {
  const box = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();
  useEffect(() => {
    let destroyed = false;
    let instance: { destroy(): void } | undefined;
    void import("cytoscape").then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const cy = cytoscape({
        container: box.current,
        elements: [
          ...[...network.people.values()].map((p) => ({
            data: { id: p.id, label: p.fullName, color: STATUS_HEX[p.stage ?? "none"] },
          })),
          ...network.links
            .filter((l) => network.people.has(l.from) && network.people.has(l.to))
            .map((l, i) => ({ data: { id: `e${i}`, source: l.from, target: l.to } })),
        ],
        style: [
          {
            selector: "node",
            style: {
              "background-color": "data(color)",
              label: "data(label)",
              "font-size": 11,
              "text-valign": "bottom",
              "text-margin-y": 4,
              color: "#212529",
              width: 22,
              height: 22,
              "border-width": 2,
              "border-color": "#fff",
            },
          },
          {
            selector: "edge",
            style: {
              width: 2,
              "line-color": "#adb5bd",
              "target-arrow-color": "#adb5bd",
              "target-arrow-shape": "triangle",
              "curve-style": "bezier",
            },
          },
        ],
        layout: { name: "breadthfirst", directed: true, spacingFactor: 1.1, padding: 40 },
        // A small network should not be blown up to fill the box.
        maxZoom: 1.3,
        minZoom: 0.2,
      });
      cy.on("tap", "node", (event) => navigate(`/people/${event.target.id()}`));
      instance = cy;
    });
    return () => {
      destroyed = true;
      instance?.destroy();
    };
  }, [network, navigate]);
  return (
    <div
      ref={box}
      className="graph-canvas"
      role="img"
      aria-label="Graph of who introduced whom; the same introductions are listed beside it."
      data-testid="referral-graph"
    />
  );
}
