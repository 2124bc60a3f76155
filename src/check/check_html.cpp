// The check report as one page for a scrutiny officer: inline CSS and an
// inline SVG timeline, no scripts and nothing fetched, so it opens offline
// and prints as it shows.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar.hpp"
#include "check/check_writer.hpp"

namespace docket {

namespace {

// Text and attribute values alike.
void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  escape_into(out, text);
  return out;
}

constexpr std::string_view kStyle = R"(<style>
body{font:14px/1.4 system-ui,sans-serif;color:#1b1b1b;margin:24px;max-width:1100px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #bbb}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dt{font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}.num{white-space:nowrap}
.covered td.status{background:#c8e6c9}.missing td.status{background:#ffcdd2}.mismatch td.status{background:#ffe0b2}
.procedural td.status{background:#e0e0e0}.procedural{color:#555}
.summary span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px}
.g{background:#c8e6c9}.r{background:#ffcdd2}.a{background:#ffe0b2}.p{background:#e0e0e0}
.late{color:#b71c1c;font-weight:600}ul{margin:4px 0 8px}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
</style>
)";

const char* status_label(const ResolutionCheck& r) {
  if (r.procedural && r.status != Coverage::kCovered) return "procedural";
  return to_string(r.status);
}

void paper(std::string& out, const char* role, const std::string& path, const std::optional<std::string>& title) {
  out += "<dt>";
  out += role;
  out += "</dt><dd>";
  if (title) out += "<strong>" + escaped(*title) + "</strong><br>";
  out += "<code>" + escaped(path) + "</code></dd>\n";
}

void resolutions_table(std::string& out, const CheckReport& report) {
  out += "<h2>Resolutions</h2>\n<table><thead><tr><th>No.</th><th>Lines</th><th>Status</th><th>Score</th>"
         "<th>Covering rows (lines)</th><th>Resolution</th></tr></thead><tbody>\n";
  for (const ResolutionCheck& r : report.resolutions) {
    out += "<tr class=\"";
    out += to_string(r.status);
    if (r.procedural) out += " procedural";
    out += "\"><td class=\"num\">" + escaped(r.number) + "</td><td class=\"num\">" + format_lines(r.lines) +
           "</td><td class=\"status\">" + status_label(r) + "</td><td class=\"num\">";
    if (!r.matches.empty()) {
      const int hundredths = static_cast<int>(r.matches.front().score * 100 + 0.5);
      out += std::to_string(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") +
             std::to_string(hundredths % 100);
    }
    out += "</td><td>" + (r.matches.empty() ? std::string("&#8212;") : escaped(format_matches(r))) + "</td><td>" +
           escaped(r.text) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

void overdue_by_lead(std::string& out, const CheckReport& report) {
  if (!report.as_of) return;
  out += "<h2>Overdue as of " + escaped(*report.as_of) + "</h2>\n";
  if (report.overdue.empty()) {
    out += "<p>None.</p>\n";
    return;
  }
  const std::vector<std::size_t> starts = lead_group_starts(report);
  for (std::size_t g = 0; g + 1 < starts.size(); ++g) {
    out += "<h3>" + escaped(report.overdue[starts[g]].lead.value_or("No lead named")) + "</h3>\n";
    for (std::size_t i = starts[g]; i < starts[g + 1]; ++i) {
      const OverdueAction& o = report.overdue[i];
      if (i == starts[g] || report.overdue[i - 1].number != o.number) {
        if (i != starts[g]) out += "</ul>\n";
        out += "<p><strong>" + escaped(o.number) + "</strong> " + escaped(o.recommendation) + "</p><ul>\n";
      }
      out += "<li><span class=\"late\">" + std::to_string(o.days_late) + (o.days_late == 1 ? " day" : " days") +
             " late</span>, due " + escaped(o.due.value.value_or(o.due.text)) + " (line " + format_lines(o.lines) +
             ")";
      if (!o.action.empty()) out += ": " + escaped(o.action);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
}

void unrequested_rows(std::string& out, const CheckReport& report) {
  out += "<h2>Plan rows that answer no resolution</h2>\n";
  if (report.unrequested.empty()) {
    out += "<p>None.</p>\n";
    return;
  }
  out += "<table><thead><tr><th>No.</th><th>Lines</th><th>Row</th></tr></thead><tbody>\n";
  for (const UnrequestedRow& u : report.unrequested) {
    out += "<tr><td class=\"num\">" + escaped(u.number) + "</td><td class=\"num\">" + format_lines(u.lines) +
           "</td><td>" + escaped(u.text) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

struct Dated {
  const ScheduledAction* action;
  std::chrono::year_month_day end;
};

// One row per dated action: a dot at its due day, a line at the as-of day.
void timeline(std::string& out, const CheckReport& report) {
  out += "<h2>Due dates</h2>\n";
  std::vector<Dated> dated;
  for (const ScheduledAction& a : report.schedule) {
    if (const auto day = parse_iso_day(last_day_of_period(*a.due.value))) dated.push_back({&a, *day});
  }
  if (dated.empty()) {
    out += "<p>No action in the plan has a due date.</p>\n";
    return;
  }
  const std::optional<std::chrono::year_month_day> as_of =
      report.as_of ? parse_iso_day(*report.as_of) : std::nullopt;
  std::chrono::year_month_day first = dated.front().end;
  std::chrono::year_month_day last = first;
  for (const Dated& d : dated) {
    first = std::min(first, d.end);
    last = std::max(last, d.end);
  }
  if (as_of) {
    first = std::min(first, *as_of);
    last = std::max(last, *as_of);
  }
  constexpr int kLeft = 70;
  constexpr int kPlot = 800;
  constexpr int kRow = 16;
  constexpr int kTop = 30;
  const long span = std::max(1L, days_between(first, last));
  const auto x_of = [&](std::chrono::year_month_day day) {
    return kLeft + static_cast<int>(days_between(first, day) * kPlot / span);
  };
  const int height = kTop + static_cast<int>(dated.size()) * kRow + 10;
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kLeft + kPlot + 90) + "\" height=\"" +
         std::to_string(height) + "\" role=\"img\" aria-label=\"Due date of every action\" font-size=\"11\">\n";
  out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"20\" x2=\"" + std::to_string(kLeft + kPlot) +
         "\" y2=\"20\" stroke=\"#888\"/>\n";
  out += "<text x=\"" + std::to_string(kLeft) + "\" y=\"14\">" + format_iso_day(first) + "</text>\n";
  out += "<text x=\"" + std::to_string(kLeft + kPlot) + "\" y=\"14\" text-anchor=\"end\">" + format_iso_day(last) +
         "</text>\n";
  for (std::size_t i = 0; i < dated.size(); ++i) {
    const Dated& d = dated[i];
    const int y = kTop + static_cast<int>(i) * kRow + kRow / 2;
    const bool late = !d.action->complete && as_of && d.end < *as_of;
    const char* colour = d.action->complete ? "#2e7d32" : late ? "#c62828" : "#ef8f00";
    out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(y) + "\" x2=\"" +
           std::to_string(kLeft + kPlot) + "\" y2=\"" + std::to_string(y) + "\" stroke=\"#eee\"/>\n";
    out += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(y + 4) + "\" text-anchor=\"end\">" +
           escaped(d.action->number) + "</text>\n";
    out += "<circle cx=\"" + std::to_string(x_of(d.end)) + "\" cy=\"" + std::to_string(y) + "\" r=\"5\" fill=\"" +
           colour + "\"><title>" + escaped(d.action->number) + " due " + escaped(*d.action->due.value) +
           (d.action->action.empty() ? "" : ": " + escaped(d.action->action)) + "</title></circle>\n";
  }
  if (as_of) {
    const int at = x_of(*as_of);
    const std::string x = std::to_string(at);
    out += "<line x1=\"" + x + "\" y1=\"20\" x2=\"" + x + "\" y2=\"" + std::to_string(height - 4) +
           "\" stroke=\"#1565c0\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n";
    // The label reads away from the nearer edge, so that it is never cut.
    const char* anchor = at > kLeft + kPlot / 2 ? "end" : "start";
    out += "<text x=\"" + x + "\" y=\"" + std::to_string(height - 1) + "\" fill=\"#1565c0\" text-anchor=\"" +
           anchor + "\">as of " + escaped(*report.as_of) + "</text>\n";
  }
  out += "</svg>\n<p><span class=\"summary\"><span class=\"g\">complete</span><span class=\"r\">overdue</span>"
         "<span class=\"a\">not yet due or not complete</span></span></p>\n";
}

}  // namespace

std::string render_check_html(const CheckReport& report) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Check: ";
  escape_into(out, report.decision_title.value_or(report.decision_path));
  out += "</title>\n";
  out += kStyle;
  out += "</head><body>\n<h1>Does the plan carry out the decision?</h1>\n<dl>\n";
  paper(out, "Decision", report.decision_path, report.decision_title);
  paper(out, "Plan", report.plan_path, report.plan_title);
  if (report.as_of) out += "<dt>As of</dt><dd>" + escaped(*report.as_of) + "</dd>\n";
  out += "</dl>\n";
  const CheckSummary& s = report.summary;
  out += "<p class=\"summary\">" + std::to_string(s.resolutions) + " resolutions: <span class=\"g\">" +
         std::to_string(s.covered) + " covered</span><span class=\"r\">" + std::to_string(s.missing) +
         " missing</span><span class=\"a\">" + std::to_string(s.mismatch) + " mismatched</span><span class=\"p\">" +
         std::to_string(s.procedural) + " procedural (need no row)</span></p>\n";
  resolutions_table(out, report);
  overdue_by_lead(out, report);
  unrequested_rows(out, report);
  timeline(out, report);
  out += "</body></html>\n";
  return out;
}

}  // namespace docket
