// Boot: key from #key= or the key form, then every section loads on its own (one failing section does not blank
// the others) and refreshes every 30 s. Refreshes update the page in place, so focus and form state survive.
import { forgetKey, storedKey, storeKey, takeKeyFromFragment, api } from "./api.js";
import { onAlertChanged, refreshAlerts, render as renderAlerts, showLinkedAlert, detailOf } from "./alerts.js";
import { announce, byId } from "./dom.js";
import { refreshFeeds, render as renderFeeds } from "./feeds.js";
import { applyStrings, formatClock, language, setLanguage, t } from "./i18n.js";
import { isAskingReviewer, renderReviewer, wireReviewerDialog } from "./reviewer.js";
import { wireScan } from "./scan.js";
import { render as renderTopics, refreshTopics } from "./topics.js";

const refreshMs = 30_000;
let timer = null;
let refreshing = null;
let updatedAt = null;

function boot() {
  setLanguage(language());
  applyStrings();
  renderReviewer();
  wireReviewerDialog();
  wireScan(() => refresh());
  onAlertChanged(() => refresh());
  byId("language").addEventListener("click", switchLanguage);
  byId("refresh").addEventListener("click", () => refresh());
  byId("forget-key").addEventListener("click", () => showKeyForm(""));
  byId("key-form").addEventListener("submit", submitKey);
  window.addEventListener("hashchange", () => {
    takeKeyFromFragment();
    if (storedKey()) showLinkedAlert().catch(handleAuth);
  });

  takeKeyFromFragment();
  if (storedKey()) start();
  else showKeyForm("");
}

function start() {
  byId("key-section").hidden = true;
  byId("content").hidden = false;
  byId("refresh").hidden = false;
  byId("forget-key").hidden = false;
  clearInterval(timer);
  timer = setInterval(() => {
    // Not while the name dialog is open or the tab is hidden: nothing changes under the reviewer's hands.
    if (!document.hidden && !isAskingReviewer()) refresh();
  }, refreshMs);
  refresh().then(() => showLinkedAlert().catch(handleAuth));
}

function showKeyForm(message) {
  clearInterval(timer);
  forgetKey();
  byId("content").hidden = true;
  byId("refresh").hidden = true;
  byId("forget-key").hidden = true;
  byId("key-section").hidden = false;
  byId("key-message").textContent = message;
  byId("key-input").value = "";
  byId("key-input").focus();
}

async function submitKey(event) {
  event.preventDefault();
  const input = byId("key-input");
  const message = byId("key-message");
  const key = input.value.trim();
  if (!key) {
    message.textContent = t("keyEmpty");
    input.focus();
    return;
  }

  message.textContent = t("keyChecking");
  try {
    await api("alerts?state=open&limit=1", { key });
  } catch (error) {
    message.textContent = error.isAuth ? t("keyRejected", { status: error.status }) : t("alertsUnavailable", { detail: detailOf(error) });
    input.select();
    input.focus();
    return;
  }

  message.textContent = "";
  storeKey(key);
  start();
}

/** Loads every section; resolves when all have answered. Concurrent calls share one refresh. */
function refresh() {
  if (refreshing) return refreshing;
  refreshing = (async () => {
    const results = await Promise.allSettled([refreshAlerts(), refreshTopics(), refreshFeeds()]);
    const failures = results.filter((r) => r.status === "rejected").map((r) => r.reason);
    if (handleAuth(failures.find((f) => f && f.isAuth))) return;
    const offline = failures.find((f) => f && f.status === 0);
    if (offline) {
      announce(t("unreachable", { detail: offline.message }), true);
    } else if (byId("banner").classList.contains("error") && failures.length === 0) {
      announce("");
    }

    updatedAt = new Date();
    showUpdated();
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A 401/403 on a read: the stored key is no longer accepted. True when handled. */
function handleAuth(error) {
  if (!error || !error.isAuth) return false;
  showKeyForm(t("keyRejected", { status: error.status }));
  return true;
}

function showUpdated() {
  byId("refresh").title = updatedAt ? t("updatedAt", { time: formatClock(updatedAt) }) : "";
  byId("updated").textContent = updatedAt ? t("updatedAt", { time: formatClock(updatedAt) }) : "";
}

function switchLanguage() {
  setLanguage(language() === "de" ? "en" : "de");
  applyStrings();
  renderReviewer();
  renderAlerts();
  renderTopics();
  renderFeeds();
  showUpdated();
}

boot();
