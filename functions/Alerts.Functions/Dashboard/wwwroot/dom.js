// Small DOM helpers. Data from the API only ever reaches the page as textContent or attribute values, never as
// markup, and nothing sets inline styles (the Content-Security-Policy forbids them).

/** h("button", { type: "button", class: "x", text: "Go", onclick: fn }, child, …) */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") el.className = value;
    else if (name === "text") el.textContent = value;
    else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }

  el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Shows a message in the page's status banner (an aria-live region, so screen readers announce it). */
export function announce(message, isError = false) {
  const banner = byId("banner");
  banner.textContent = message;
  banner.classList.toggle("error", isError);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
