// chart.js with only the pieces the progress page draws, registered once. Imported lazily.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Filler,
);
Chart.defaults.font.family =
  'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = "#495057";
Chart.defaults.animation = false;

export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  return new Chart(canvas, config);
}
