// The reviewer's name for the audit trail: asked once in a modal dialog, then remembered in localStorage.
import { byId } from "./dom.js";
import { t } from "./i18n.js";

const nameKey = "alerts.reviewer";
let pending = null;
let memoryName = ""; // when localStorage is blocked

export function reviewerName() {
  try {
    return (localStorage.getItem(nameKey) || memoryName).trim();
  } catch {
    return memoryName;
  }
}

/** The stored name, or the one entered in the dialog; null when the dialog is cancelled. */
export function askReviewer({ always = false } = {}) {
  const stored = reviewerName();
  if (stored && !always) return Promise.resolve(stored);
  if (pending) return pending;
  const dialog = byId("name-dialog");
  const input = byId("name-input");
  input.value = stored;
  pending = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      pending = null;
      resolve(dialog.returnValue === "ok" ? reviewerName() || null : null);
    }, { once: true });
  });
  dialog.returnValue = "";
  dialog.showModal(); // modal: focus moves in, Escape cancels, and focus returns to the opener on close
  return pending;
}

export function isAskingReviewer() {
  return pending !== null;
}

export function renderReviewer() {
  const name = reviewerName();
  const span = byId("reviewer");
  span.replaceChildren(name ? t("reviewer", { name }) : t("reviewerNone"));
}

export function wireReviewerDialog() {
  const dialog = byId("name-dialog");
  byId("name-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = byId("name-input").value.trim();
    if (!name) {
      byId("name-input").focus();
      return;
    }

    memoryName = name.slice(0, 100);
    try {
      localStorage.setItem(nameKey, memoryName);
    } catch {
      // Storage blocked: the name lasts for this page only.
    }

    renderReviewer();
    dialog.close("ok");
  });
  byId("name-cancel").addEventListener("click", () => dialog.close("cancel"));
  byId("change-name").addEventListener("click", () => askReviewer({ always: true }));
}
