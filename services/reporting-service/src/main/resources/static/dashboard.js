// The secretariat's dashboard: signs in, reads the reporting service's API and renders it. Text is always set with
// textContent, never as HTML, so names from the data cannot inject markup.
"use strict";

// Sign-in: the authorization code flow with PKCE against the identity provider (Keycloak), as a public client.
// The access token lives in this tab's sessionStorage only. A token can also be handed over in the fragment
// (#access_token=…), e.g. one a script got from the wps-cli client.
const TOKEN = "wps.dashboard.token";
const VERIFIER = "wps.dashboard.verifier";
const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
const redirectUri = () => location.origin + location.pathname;

async function signInSettings() {
  const response = await fetch("/api/v1/dashboard/sign-in", { headers: { Accept: "application/json" } });
  return response.json();
}

async function signIn() {
  const { issuer, clientId } = await signInSettings();
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  sessionStorage.setItem(VERIFIER, JSON.stringify({ verifier, hash: location.hash }));
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({ client_id: clientId, response_type: "code", scope: "openid",
    redirect_uri: redirectUri(), code_challenge: challenge, code_challenge_method: "S256" });
  location.assign(`${issuer}/protocol/openid-connect/auth?${query}`);
  return new Promise(() => {});
}

async function obtainToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has("access_token")) {
    sessionStorage.setItem(TOKEN, fragment.get("access_token"));
    fragment.delete("access_token");
    history.replaceState(null, "", `${location.pathname}${fragment.size ? `#${fragment}` : ""}`);
  }
  const query = new URLSearchParams(location.search);
  const started = JSON.parse(sessionStorage.getItem(VERIFIER) || "null");
  if (query.has("code") && started) {
    const { issuer, clientId } = await signInSettings();
    const response = await fetch(`${issuer}/protocol/openid-connect/token`, { method: "POST",
      body: new URLSearchParams({ grant_type: "authorization_code", code: query.get("code"), client_id: clientId,
        redirect_uri: redirectUri(), code_verifier: started.verifier }) });
    sessionStorage.removeItem(VERIFIER);
    history.replaceState(null, "", location.pathname + started.hash);
    if (response.ok) {
      sessionStorage.setItem(TOKEN, (await response.json()).access_token);
    }
  }
  return sessionStorage.getItem(TOKEN) || signIn();
}

// One sign-in however many requests start at once: a code can be exchanged only once.
let token = null;
const accessToken = () => (token ??= obtainToken());

const api = async (path) => {
  const response = await fetch(path, { headers: { Accept: "application/json",
    Authorization: `Bearer ${await accessToken()}` } });
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN);
    token = null;
    return signIn();
  }
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || response.statusText);
  }
  return body;
};

const words = (constant) => constant.toLowerCase().replace("co_chair", "co-chair").replaceAll("_", " ");
const text = (id, value) => { document.getElementById(id).textContent = value; };
const element = (tag, content, className) => {
  const node = document.createElement(tag);
  node.textContent = content ?? "";
  if (className) {
    node.className = className;
  }
  return node;
};
let members = [];

function cell(row, value, className) {
  const td = element("td", value, className);
  row.append(td);
  return td;
}

function showError(message) {
  const alert = document.getElementById("error");
  alert.textContent = message;
  alert.hidden = false;
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
    cell(row, member.focalPoint ?? "none recorded");
    row.addEventListener("click", () => { location.hash = `member=${member.code}`; });
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") location.hash = `member=${member.code}`; });
  }
  document.getElementById("members-empty").hidden = members.length > 0;
}

function renderMeetings(meetings) {
  const body = document.querySelector("#meetings tbody");
  body.replaceChildren(...meetings.map((meeting) => {
    const row = document.createElement("tr");
    row.className = meeting.status === "PLANNED" ? "planned" : "";
    cell(row, meeting.dates);
    cell(row, meeting.title + (meeting.status === "PLANNED" ? " (planned)" : ""));
    cell(row, meeting.city);
    cell(row, meeting.attendeeCount ?? "not recorded", "number");
    cell(row, meeting.recommendationCount || "", "number");
    return row;
  }));
}

function renderThemes(byTheme) {
  const counts = Object.entries(byTheme).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  const most = Math.max(1, ...counts.map(([, count]) => count));
  document.getElementById("themes").replaceChildren(...counts.map(([theme, count]) => {
    const item = document.createElement("li");
    const bar = element("span", "", "bar");
    bar.style.width = `${(100 * count) / most}%`;
    item.append(element("span", words(theme)), bar, element("span", count));
    return item;
  }));
}

function renderFigures(figures) {
  const describe = (figure) => {
    const value = `${figure.qualifier === "MORE_THAN" ? "more than " : ""}${figure.value}`;
    const what = {
      MEMBERS: `${value} members`, MEMBER_STATES: `${value} member states`,
      REGIONAL_ORGANIZATIONS: `${value} regional organizations`, FOUNDING_MEMBERS: `${value} founding members`,
      STATES_WITH_NAP_WORLDWIDE: `${value} UN member states and territories with a national action plan`,
      MEMBER_STATES_WITH_NAP_PERCENT: `${value} % of member states with a national action plan`,
      REGIONAL_ORGANIZATIONS_WITH_PLAN_PERCENT: `${value} % of regional organizations with a plan or strategy`,
    }[figure.figure];
    return `${figure.asOf}: ${what} (${figure.meetingId})`;
  };
  document.getElementById("figures").replaceChildren(...figures.map((figure) => element("li", describe(figure))));
}

/** What an indicator aims at, in its kind's terms. */
function aim(indicator) {
  if (indicator.kind === "YES_NO") {
    return "yes or no";
  }
  if (indicator.kind === "MILESTONE") {
    return `stages ${indicator.stages.join(" → ")}`;
  }
  const unit = indicator.unit ?? "";
  return `${words(indicator.direction)} from ${indicator.baseline} to ${indicator.target} ${unit}`.trim();
}

/** The latest value in its kind's form, with its breakdown. */
function reached(indicator) {
  if (indicator.latestPeriodTo === null) {
    return "not reported";
  }
  if (indicator.kind === "YES_NO") {
    return indicator.achieved ? `yes, since ${indicator.achievedOn}` : "not yet";
  }
  if (indicator.kind === "MILESTONE") {
    return indicator.latestStage;
  }
  const breakdown = indicator.breakdown.length
    ? ` (${indicator.breakdown.map((c) => `${words(c.category)} ${c.value}`).join(", ")})` : "";
  return `${indicator.latestValue} ${indicator.unit ?? ""}${breakdown}`;
}

function narrate(narrative) {
  return [["Done", narrative.done], ["Obstacles", narrative.obstacles], ["Next", narrative.nextSteps]]
      .filter(([, text]) => text).map(([label, text]) => `${label}: ${text}`).join(" ");
}

function rates(tally) {
  const percent = (share) => (share === null ? "–" : `${Math.round(share * 100)} %`);
  return `${tally.expected} expected, ${tally.received} received (rate ${percent(tally.rate)}), `
      + `${tally.onTime} on time (timeliness ${percent(tally.timeliness)})`;
}

/** A link to public or private evidence, which opens elsewhere without telling it where it came from. */
function link(evidence) {
  const anchor = element("a", evidence.title);
  anchor.href = evidence.url;
  anchor.rel = "noopener noreferrer";
  anchor.target = "_blank";
  return anchor;
}

async function showMember(code) {
  const [view, timeline] = await Promise.all([
    api(`/api/v1/reports/members/${encodeURIComponent(code)}`),
    api(`/api/v1/reports/members/${encodeURIComponent(code)}/timeline?limit=50`)]);
  text("detail-title", `${view.name} (${view.code})`);
  document.getElementById("detail-hint").hidden = true;
  for (const row of document.querySelectorAll("#members tbody tr")) {
    row.classList.toggle("chosen", row.dataset.code === code);
  }
  const facts = document.getElementById("detail-facts");
  facts.replaceChildren();
  const fact = (term, value) => facts.append(element("dt", term), element("dd", value));
  const attended = view.meetingsAttended;
  fact("Status", words(view.status) + (view.withdrawnOn ? ` since ${view.withdrawnOn}` : ""));
  fact("Region", words(view.region));
  fact("Joined", view.joinedOn);
  fact("Focal point", view.focalPoint
      ? `${view.focalPoint.name}, ${view.focalPoint.institution} (${view.focalPoint.email})` : "none recorded");
  fact("Roles", view.roles.length ? view.roles.map((r) => `${words(r.role)} ${r.year}`).join(", ") : "none");
  fact("Reporting", (view.reportingStatus
      ? `${words(view.reportingStatus)}${view.lastReportDate ? `, last report ${view.lastReportDate}` : ""}` : "no plan to report on")
      + (view.reporting.expected ? `; ${rates(view.reporting)}` : ""));
  fact("Meetings attended", attended.heldSinceJoining
      ? `${attended.count} (${Math.round(attended.rate * 100)} % of the ${attended.heldSinceJoining} with an attendance list since it joined)`
      : `${attended.count}`);
  const plans = document.getElementById("detail-plans");
  document.getElementById("detail-plans-title").hidden = view.actionPlans.length === 0;
  plans.replaceChildren(...view.actionPlans.map((plan) => {
    const item = element("li", `${plan.title} (${plan.kind}, generation ${plan.generation}, ${plan.periodStart} to `
        + `${plan.periodEnd}): ${words(plan.status)}`);
    if (plan.demo) {
      item.append(element("span", "demo", "badge"));
    }
    return item;
  }));
  const indicators = document.getElementById("detail-indicators");
  indicators.hidden = view.indicators.length === 0;
  document.getElementById("detail-indicators-title").hidden = view.indicators.length === 0;
  indicators.tBodies[0].replaceChildren(...view.indicators.map((indicator) => {
    const row = document.createElement("tr");
    cell(row, `${indicator.code}: ${indicator.description} (${aim(indicator)} by ${indicator.targetDate})`);
    const latest = cell(row, `${reached(indicator)}${indicator.validated ? " (validated)" : ""}`, "number");
    for (const evidence of indicator.evidence.filter((e) => e.url)) {
      latest.append(" ", link(evidence));
    }
    const progress = document.createElement("td");
    if (indicator.progressPercent !== null) {
      const bar = element("span", "", "progress");
      const fill = document.createElement("span");
      fill.style.width = `${indicator.progressPercent}%`;
      bar.append(fill);
      progress.append(bar, ` ${indicator.progressPercent} %`);
    }
    row.append(progress);
    const override = indicator.statusOverride;
    cell(row, words(indicator.status) + (override ? ` (judged by ${override.by}: ${override.reason}; computed `
        + `${words(indicator.computedStatus)})` : ""));
    return row;
  }));
  const recommendations = view.recommendations;
  document.getElementById("detail-recommendations-title").hidden = recommendations.length === 0;
  document.getElementById("detail-recommendations").replaceChildren(...recommendations.map((r) => {
    const item = element("li", `${r.id} (${words(r.theme)}): ${words(r.completion)}${r.validated ? ", validated" : ""}. `
        + r.summary + (r.narrative ? ` ${narrate(r.narrative)}` : ""), `completion-${r.completion}`);
    for (const evidence of r.evidence.filter((e) => e.url)) {
      item.append(" ", link(evidence));
    }
    return item;
  }));
  const calendar = view.reportingCalendar;
  document.getElementById("detail-calendar-title").hidden = calendar.length === 0;
  document.getElementById("detail-calendar").replaceChildren(...calendar.map((period) =>
      element("li", `${period.from} to ${period.to} (${period.planId}, due ${period.dueOn}): ${words(period.status)}`
          + (period.receivedOn ? `, received ${period.receivedOn}` : ""), `period-${period.status}`)));
  document.getElementById("timeline-title").hidden = false;
  document.getElementById("timeline").replaceChildren(...timeline.events.map((event) =>
      element("li", `${event.occurredAt.slice(0, 10)}: ${event.summary}`)));
}

async function load() {
  try {
    const [overview, list] = await Promise.all([api("/api/v1/reports/network"), api("/api/v1/reports/members")]);
    const counts = overview.members;
    text("members-active", counts.all.active);
    text("states-active", counts.byType.STATE.active);
    text("organizations-active", counts.byType.REGIONAL_ORGANIZATION.active);
    text("members-withdrawn", counts.all.withdrawn);
    text("meetings-held", overview.meetings.filter((meeting) => meeting.status === "HELD").length);
    text("recommendations-adopted", Object.values(overview.recommendationsByTheme).reduce((a, b) => a + b, 0));
    text("freshness", overview.asOf ? `data as of ${new Date(overview.asOf).toUTCString()}` : "no events applied yet");
    if (overview.leadership) {
      const roles = {};
      for (const assignment of overview.leadership.assignments) {
        (roles[assignment.role] ??= []).push(assignment.memberCode);
      }
      text("leadership", `${overview.leadership.year}: ` + Object.entries(roles)
          .map(([role, codes]) => `${words(role)} ${codes.join(", ")}`).join("; "));
    }
    const share = (coverage) => (coverage.share === null ? "–" : `${Math.round(coverage.share * 100)} %`);
    text("nap-coverage-states", share(overview.napCoverage.states));
    text("nap-coverage-organizations", share(overview.napCoverage.regionalOrganizations));
    document.getElementById("reporting-status").replaceChildren(...Object.entries(overview.reportingStatus)
        .map(([status, count]) => {
          const item = document.createElement("li");
          item.append(element("strong", count), words(status === "NOT_EXPECTED" ? "no active plan" : status));
          return item;
        }));
    text("reporting-rate", overview.reporting.network.expected
        ? `Reports the calendars expected so far: ${rates(overview.reporting.network)}.` : "No report expected yet.");
    document.getElementById("demo-banner").hidden = !overview.includesDemoData;
    renderMeetings(overview.meetings);
    renderThemes(overview.recommendationsByTheme);
    renderFigures(overview.documentedFigures);
    members = list.members;
    renderMembers();
  } catch (error) {
    showError(`The reports could not be loaded: ${error.message}`);
  }
}

// #member=CODE opens a member's record, so a member's page can be bookmarked and shared.
function showMemberOfLocation() {
  const code = new URLSearchParams(location.hash.slice(1)).get("member");
  if (code && /^[A-Z]{2,10}$/.test(code)) {
    showMember(code).catch((error) => showError(`${code}: ${error.message}`));
  }
}

document.getElementById("search").addEventListener("input", renderMembers);
document.getElementById("status").addEventListener("change", renderMembers);
window.addEventListener("hashchange", showMemberOfLocation);
load().then(showMemberOfLocation);
