import { exposeAnalysisApi } from '../src/worker/analysis-api';

// Runs inside a dedicated Worker owned by the offscreen document (Chrome) or background page (Firefox).
export default defineUnlistedScript(() => {
  exposeAnalysisApi();
});
