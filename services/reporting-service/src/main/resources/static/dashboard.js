// The secretariat's dashboard: reads the reporting service's API and renders it. Text is always set with
// textContent, never as HTML, so names from the data cannot inject markup.
"use strict";

const api = (path) => fetch(path, { headers: { Accept: "application/json" } }).then(async (response) => {
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || response.statusText);
  }
  return body;
});

const words = (constant) => constant.toLowerCase().replace("co_chair", "co-chair").replaceAll("_", " ");
const text = (id, value) => { document.getElementById(id).textContent = value; };
let members = [];

function cell(row, value, className) {
  const td = row.insertCell();
  td.textContent = value ?? "";
  if (className) {
    td.className = className;
  }
}

function renderMembers() {
  const search = document.getElementById("search").value.trim().toLowerCase();
  const status = document.getElementById("status").value;
  const body = document.querySelector("#members tbody");
  body.replaceChildren();
  for (const member of members) {
    if ((status && member.status !== status)
        || (search && !member.code.toLowerCase().includes(search) && !member.name.toLowerCase().includes(search))) {
      continue;
    }
    const row = body.insertRow();
    row.tabIndex = 0;
    row.dataset.code = member.code;
    row.className = member.status === "WITHDRAWN" ? "withdrawn" : "";
    cell(row, member.code);
    cell(row, member.name);
    cell(row, member.type === "STATE" ? "state" : "regional organization");
    cell(row, words(member.region));
    cell(row, words(member.status));
    cell(row, member.focalPoint ?? "vacant");
    row.addEventListener("click", () => { location.hash = `member=${member.code}`; });
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") location.hash = `member=${member.code}`; });
  }
  document.getElementById("members-empty").hidden = members.length > 0;
}

async function showMember(code) {
  const [view, timeline] = await Promise.all([
    api(`/api/v1/reports/members/${encodeURIComponent(code)}`),
    api(`/api/v1/reports/members/${encodeURIComponent(code)}/timeline?limit=50`)]);
  text("detail-title", `${view.name} (${view.code})`);
  const facts = document.getElementById("detail-facts");
  facts.replaceChildren();
  const fact = (term, value) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    facts.append(dt, dd);
  };
  fact("Status", words(view.status) + (view.withdrawnOn ? ` since ${view.withdrawnOn}` : ""));
  fact("Joined", view.joinedOn);
  fact("Focal point", view.focalPoint
      ? `${view.focalPoint.name}, ${view.focalPoint.institution} (${view.focalPoint.email})` : "vacant");
  fact("Roles", view.roles.length ? view.roles.map((r) => `${words(r.role)} ${r.year}`).join(", ") : "none");
  const list = document.getElementById("timeline");
  list.replaceChildren(...timeline.events.map((event) => {
    const item = document.createElement("li");
    item.textContent = `${event.occurredAt.slice(0, 10)} - ${event.summary}`;
    return item;
  }));
  document.getElementById("member-detail").hidden = false;
}

async function load() {
  try {
    const [overview, list] = await Promise.all([api("/api/v1/reports/network"), api("/api/v1/reports/members")]);
    const counts = overview.members;
    text("members-active", counts.all.active);
    text("states-active", counts.byType.STATE.active);
    text("organizations-active", counts.byType.REGIONAL_ORGANIZATION.active);
    text("members-withdrawn", counts.all.withdrawn);
    text("freshness", overview.asOf ? `data as of ${new Date(overview.asOf).toUTCString()}` : "no events applied yet");
    if (overview.leadership) {
      const roles = {};
      for (const assignment of overview.leadership.assignments) {
        (roles[assignment.role] ??= []).push(assignment.memberCode);
      }
      text("leadership", `${overview.leadership.year}: ` + Object.entries(roles)
          .map(([role, codes]) => `${words(role)} ${codes.join(", ")}`).join("; "));
    }
    members = list.members;
    renderMembers();
  } catch (error) {
    const message = document.getElementById("error");
    message.textContent = `The reports could not be loaded: ${error.message}`;
    message.hidden = false;
  }
}

// #member=CODE opens a member's detail, so a member's page can be bookmarked and shared.
function showMemberOfLocation() {
  const match = /^#member=([A-Z]{2,10})$/.exec(location.hash);
  if (match) {
    showMember(match[1]).catch((error) => {
      const message = document.getElementById("error");
      message.textContent = `${match[1]}: ${error.message}`;
      message.hidden = false;
    });
  }
}

document.getElementById("search").addEventListener("input", renderMembers);
document.getElementById("status").addEventListener("change", renderMembers);
window.addEventListener("hashchange", showMemberOfLocation);
load().then(showMemberOfLocation);
