/** What the consolidation module offers the rest of the server; nothing else in it is imported from outside. */
export { regenerateConsolidated } from './change-consolidated.ts';
export { collectReports } from './collect-reports.ts';
export { consolidatedReport, contributionsBySection } from './consolidate.ts';
export { renderConsolidated } from './consolidated-documents.ts';
export {
  consolidatedPdfToSign,
  consolidatedToSign,
  issueConsolidatedIn,
} from './consolidated-release.ts';
export { consolidatedCampaign } from './consolidation-access.ts';
export { indicatorTotals } from './indicator-totals.ts';
export { roundIndicatorTotals } from './round-indicators.ts';
export { consolidationRoutes } from './routes.ts';
export { sendUp } from './send-up.ts';
export type { SynthesisContribution } from './synthesis/synthesize.ts';
export { synthesizeRound } from './synthesis/synthesize-round.ts';
export { formatFigure, htmlPieces } from './synthesis/text.ts';
