// "Scan now": POST /api/scans; a small scan answers 200 with the result, a large one 202 with a status URL
// (Location) that is polled every 2 seconds until the scan is no longer running.
import { api } from "./api.js";
import { byId, h, sleep } from "./dom.js";
import { detailOf } from "./alerts.js";
import { t } from "./i18n.js";

const pollMs = 2000;
const maxPolls = 450; // 15 minutes, the longest a function may run (host.json functionTimeout 10 min) plus slack
let onDone = () => {};

export function wireScan(callback) {
  onDone = callback;
  byId("scan-form").addEventListener("submit", (event) => {
    event.preventDefault();
    runScan(byId("scan-dry-run").checked);
  });
}

async function runScan(dryRun) {
  const button = byId("scan-now");
  const result = byId("scan-result");
  button.disabled = true;
  result.classList.remove("error");
  result.replaceChildren(t("scanStarting"));
  try {
    let { data, location } = await api("scans", { method: "POST", body: { dryRun } });
    const statusPath = location ? new URL(location, window.location.href).pathname.replace(/^\/api\//, "") : `scans/${encodeURIComponent(data.id)}`;
    for (let poll = 0; data.status === "running" && poll < maxPolls; poll++) {
      result.replaceChildren(t("scanRunning", { id: data.id }));
      await sleep(pollMs);
      ({ data } = await api(statusPath));
    }

    show(data);
    onDone();
  } catch (error) {
    result.classList.add("error");
    result.replaceChildren(error.status === 403 ? t("readOnlyKey") : t("scanFailed", { detail: detailOf(error) }));
  } finally {
    button.disabled = false;
  }
}

function show(scan) {
  const result = byId("scan-result");
  result.classList.toggle("error", scan.status === "failed");
  const spikes = scan.spikes || [];
  const lines = [
    ...(scan.feedErrors || []).map((e) => t("scanFeedError", { feed: e.feedId, error: e.error })),
    ...spikes.map((s) => t("scanSpike", { topic: s.topicId, signal: t("signal." + s.signal), severity: t("severity." + s.severity) })),
  ];
  result.replaceChildren(
    h("p", { text: t("scanDone", {
      status: t("scan." + scan.status), feeds: scan.feedsScanned ?? 0, seen: scan.itemsSeen ?? 0,
      matched: scan.itemsMatched ?? 0, fresh: scan.itemsNew ?? 0, spikes: spikes.length,
    }) }),
    lines.length ? h("ul", {}, ...lines.map((line) => h("li", { text: line }))) : null);
}
