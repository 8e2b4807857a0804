// How many a list holds, as people read it: "1,234", or "1,000+" when the server counted only
// that far (a search past 1,000 matches answers a lower bound; see store/peopleSearchPage.ts).
export function countText(total: number, totalIsLowerBound = false): string {
  return `${total.toLocaleString("en")}${totalIsLowerBound ? "+" : ""}`;
}
