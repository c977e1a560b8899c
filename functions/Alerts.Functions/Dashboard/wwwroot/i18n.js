// Every string the dashboard shows, in English and German: one table, one row per string.
// {name} placeholders are filled by t(key, { name: value }).

export const languages = ["en", "de"];

export const strings = Object.freeze({
  title: { en: "Alerts: on call", de: "Alerts: Bereitschaft" },
  switchLanguage: { en: "Deutsch", de: "English" },
  switchLanguageLabel: { en: "Auf Deutsch umschalten", de: "Switch to English" },
  refresh: { en: "Refresh", de: "Aktualisieren" },
  updatedAt: { en: "Updated {time}", de: "Aktualisiert {time}" },
  refreshing: { en: "Refreshing…", de: "Wird aktualisiert…" },
  unreachable: { en: "The app cannot be reached ({detail}). Retrying every 30 s.", de: "Die App ist nicht erreichbar ({detail}). Neuer Versuch alle 30 s." },
  signOut: { en: "Forget key", de: "Schlüssel vergessen" },
  reviewer: { en: "Reviewer: {name}", de: "Bearbeitet von: {name}" },
  reviewerNone: { en: "Reviewer: not set", de: "Bearbeitet von: nicht gesetzt" },
  changeName: { en: "Change name", de: "Namen ändern" },

  keyHeading: { en: "API key", de: "API-Schlüssel" },
  keyIntro: {
    en: "Enter the dashboard key (the admin key acts on alerts; the read key only shows them). It is kept in this tab only.",
    de: "Geben Sie den Dashboard-Schlüssel ein (mit dem Admin-Schlüssel können Sie Alarme bearbeiten, mit dem Leseschlüssel nur ansehen). Er bleibt nur in diesem Tab gespeichert.",
  },
  keyLabel: { en: "Key", de: "Schlüssel" },
  keySubmit: { en: "Open dashboard", de: "Dashboard öffnen" },
  keyChecking: { en: "Checking the key…", de: "Schlüssel wird geprüft…" },
  keyRejected: { en: "This key was not accepted (HTTP {status}). Check it and try again.", de: "Dieser Schlüssel wurde nicht angenommen (HTTP {status}). Bitte prüfen und erneut versuchen." },
  keyEmpty: { en: "Enter a key.", de: "Bitte einen Schlüssel eingeben." },
  readOnlyKey: { en: "This key may only read. Acting on alerts needs the admin key.", de: "Dieser Schlüssel darf nur lesen. Zum Bearbeiten von Alarmen ist der Admin-Schlüssel nötig." },

  alertsHeading: { en: "Open alerts", de: "Offene Alarme" },
  alertsNone: { en: "No open alerts.", de: "Keine offenen Alarme." },
  alertsUnavailable: { en: "Alerts are unavailable: {detail}", de: "Alarme sind nicht verfügbar: {detail}" },
  linkedAlert: { en: "Linked alert", de: "Verlinkter Alarm" },
  permalink: { en: "Link to this alert", de: "Link zu diesem Alarm" },
  observedVsExpected: { en: "Observed vs expected", de: "Beobachtet / erwartet" },
  observedValue: { en: "{observed} vs {expected}", de: "{observed} / {expected}" },
  lift: { en: "Lift", de: "Faktor" },
  since: { en: "Since", de: "Seit" },
  window: { en: "Window", de: "Zeitfenster" },
  acknowledgedBy: { en: "Acknowledged by", de: "Bestätigt von" },
  snoozedUntil: { en: "Snoozed until", de: "Pausiert bis" },
  undeliverable: { en: "Not delivered to Teams", de: "Nicht an Teams zugestellt" },
  escalated: { en: "Escalated", de: "Eskaliert" },
  suppressed: { en: "Silenced", de: "Stummgeschaltet" },

  "state.firing": { en: "Firing", de: "Aktiv" },
  "state.acknowledged": { en: "Acknowledged", de: "Bestätigt" },
  "state.snoozed": { en: "Snoozed", de: "Pausiert" },
  "state.resolved": { en: "Resolved", de: "Erledigt" },
  "severity.minor": { en: "Minor", de: "Gering" },
  "severity.major": { en: "Major", de: "Hoch" },
  "severity.critical": { en: "Critical", de: "Kritisch" },
  "signal.volume": { en: "Volume spike", de: "Mengenspitze" },
  "signal.negative": { en: "Negative emotion", de: "Negative Stimmung" },
  "signal.positive": { en: "Positive emotion", de: "Positive Stimmung" },
  // The app's signal names (spike messages, alerts, series) are the detector's: negativeemotion, positiveemotion.
  "signal.negativeemotion": { en: "Negative emotion", de: "Negative Stimmung" },
  "signal.positiveemotion": { en: "Positive emotion", de: "Positive Stimmung" },
  "signal.silence": { en: "Silence", de: "Funkstille" },

  acknowledge: { en: "Acknowledge", de: "Bestätigen" },
  snooze: { en: "Snooze", de: "Pausieren" },
  snoozeFor: { en: "Snooze for", de: "Pausieren für" },
  resolve: { en: "Resolve", de: "Erledigt" },
  minutes: { en: "{n} min", de: "{n} Min." },
  hours: { en: "{n} h", de: "{n} Std." },
  actionDone: { en: "{action}: {topic} ({signal}) is now {state}.", de: "{action}: {topic} ({signal}) ist jetzt {state}." },
  actionFailed: { en: "{action} failed: {detail}", de: "{action} fehlgeschlagen: {detail}" },

  nameDialogTitle: { en: "Who is acting?", de: "Wer bearbeitet?" },
  nameLabel: { en: "Your name (kept in the alert's audit trail and remembered in this browser)", de: "Ihr Name (steht im Verlauf des Alarms und wird in diesem Browser gespeichert)" },
  save: { en: "Save", de: "Speichern" },
  cancel: { en: "Cancel", de: "Abbrechen" },

  topicsHeading: { en: "Topics, last 24 hours", de: "Themen, letzte 24 Stunden" },
  topicsNone: { en: "No topics configured.", de: "Keine Themen konfiguriert." },
  topicsUnavailable: { en: "Topics are unavailable: {detail}", de: "Themen sind nicht verfügbar: {detail}" },
  seriesUnavailable: { en: "No chart: {detail}", de: "Kein Diagramm: {detail}" },
  chartObserved: { en: "Observed", de: "Beobachtet" },
  chartExpected: { en: "Expected", de: "Erwartet" },
  chartSpike: { en: "Spike", de: "Spitze" },
  chartNegative: { en: "Negative", de: "Negativ" },
  chartPositive: { en: "Positive", de: "Positiv" },
  chartNeutral: { en: "Neutral", de: "Neutral" },
  chartSummary: {
    en: "{mentions} mentions in 24 h ({negative} negative, {positive} positive, {neutral} neutral), {spikes} buckets with spikes.",
    de: "{mentions} Erwähnungen in 24 Std. ({negative} negativ, {positive} positiv, {neutral} neutral), {spikes} Zeitabschnitte mit Spitzen.",
  },
  chartLabel: { en: "Chart of {topic}: {summary}", de: "Diagramm zu {topic}: {summary}" },
  disabled: { en: "disabled", de: "deaktiviert" },

  scanHeading: { en: "Manual scan", de: "Manueller Scan" },
  scanDryRun: { en: "Dry run (notify no one)", de: "Probelauf (niemand wird benachrichtigt)" },
  scanNow: { en: "Scan now", de: "Jetzt scannen" },
  scanRunning: { en: "Scan {id} is running…", de: "Scan {id} läuft…" },
  scanStarting: { en: "Starting the scan…", de: "Scan wird gestartet…" },
  scanDone: {
    en: "Scan {status}: {feeds} feeds, {seen} items seen, {matched} matched, {fresh} new, {spikes} spikes.",
    de: "Scan {status}: {feeds} Feeds, {seen} Einträge gesehen, {matched} passend, {fresh} neu, {spikes} Spitzen.",
  },
  scanFeedError: { en: "Feed {feed}: {error}", de: "Feed {feed}: {error}" },
  scanSpike: { en: "Spike: {topic}, {signal} ({severity})", de: "Spitze: {topic}, {signal} ({severity})" },
  scanFailed: { en: "The scan failed: {detail}", de: "Der Scan ist fehlgeschlagen: {detail}" },
  "scan.completed": { en: "completed", de: "abgeschlossen" },
  "scan.failed": { en: "failed", de: "fehlgeschlagen" },
  "scan.running": { en: "running", de: "läuft" },

  feedsHeading: { en: "Feed health", de: "Zustand der Feeds" },
  feedsNone: { en: "No feeds configured.", de: "Keine Feeds konfiguriert." },
  feedsUnavailable: { en: "Feeds are unavailable: {detail}", de: "Feeds sind nicht verfügbar: {detail}" },
  feedName: { en: "Feed", de: "Feed" },
  feedStatus: { en: "Status", de: "Status" },
  feedLastSuccess: { en: "Last success", de: "Zuletzt erfolgreich" },
  feedLastError: { en: "Last error", de: "Letzter Fehler" },
  feedFailures: { en: "Failures in a row", de: "Fehler in Folge" },
  feedItems: { en: "Items counted", de: "Gezählte Einträge" },
  "feed.ok": { en: "OK", de: "OK" },
  "feed.failing": { en: "Failing", de: "Fehlerhaft" },
  "feed.pending": { en: "Pending", de: "Ausstehend" },
  "feed.disabled": { en: "Disabled", de: "Deaktiviert" },
  never: { en: "never", de: "nie" },
  healthSummary: {
    en: "App {status}; storage {storage}; queues: {queues}.",
    de: "App {status}; Speicher {storage}; Warteschlangen: {queues}.",
  },
  healthQueue: { en: "{name} {depth} waiting, {poison} poison", de: "{name} {depth} wartend, {poison} fehlerhaft" },
  healthUnavailable: { en: "Health is unavailable: {detail}", de: "Zustand nicht verfügbar: {detail}" },
  "health.ok": { en: "OK", de: "OK" },
  "health.degraded": { en: "degraded", de: "eingeschränkt" },
  "health.unavailable": { en: "unavailable", de: "nicht verfügbar" },
  reachable: { en: "reachable ({ms} ms)", de: "erreichbar ({ms} ms)" },
  unreachableShort: { en: "unreachable", de: "nicht erreichbar" },
  notFound: { en: "not available in this version of the app (HTTP 404)", de: "in dieser Version der App nicht verfügbar (HTTP 404)" },
});

const languageKey = "alerts.lang";

function readStored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
let current = initialLanguage();

function initialLanguage() {
  const stored = readStored(languageKey);
  if (languages.includes(stored)) return stored;
  return (navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en";
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = languages.includes(lang) ? lang : "en";
  try {
    localStorage.setItem(languageKey, current);
  } catch {
    // Storage blocked (private mode, policy): the choice lasts for this page only.
  }
  document.documentElement.lang = current;
}

/** The string for key in the current language (English if a row lacks it), placeholders filled. */
export function t(key, args = {}) {
  const row = strings[key];
  const text = row ? (row[current] ?? row.en) : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in args ? String(args[name]) : `{${name}}`));
}

/** Fills elements marked data-i18n (text) and data-i18n-aria-label in root. */
export function applyStrings(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-aria-label]")) el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  document.title = t("title");
}

const locale = () => (current === "de" ? "de-DE" : "en-GB");

export function formatNumber(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

export function formatTime(iso) {
  if (!iso) return t("never");
  return new Intl.DateTimeFormat(locale(), { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));
}

export function formatClock(date) {
  return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit" }).format(date);
}

/** "5 minutes ago" / "vor 5 Minuten". */
export function formatRelative(iso, now = Date.now()) {
  if (!iso) return t("never");
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(Math.round(seconds), "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), "hour");
  return rtf.format(Math.round(seconds / 86400), "day");
}
