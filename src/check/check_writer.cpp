#include "check/check_writer.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "base/text_util.hpp"

namespace docket {

namespace {

using Json = nlohmann::ordered_json;

Json lines_json(const LineSpan& l) { return Json::array({l.first, l.last}); }

Json optional_json(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

std::string format_score(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string joined_matches(const ResolutionCheck& r) {
  std::string out;
  for (const RowMatch& m : r.matches) {
    if (!out.empty()) out += ";";
    out += m.number;
  }
  return out;
}

void append_csv_field(std::string& out, std::string_view field) {
  const bool quote = field.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Byte length of the first `columns` characters of UTF-8 text.
std::size_t prefix_for_columns(std::string_view text, std::size_t columns) {
  std::size_t i = 0;
  std::size_t seen = 0;
  while (i < text.size() && seen < columns) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++seen;
  }
  return std::min(i, text.size());
}

std::size_t display_columns(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

std::string fit(std::string_view text, int width) {
  std::string line = one_line(text);
  if (width <= 0 || display_columns(line) <= static_cast<std::size_t>(width)) return line;
  if (width < 2) return {};
  line.resize(prefix_for_columns(line, static_cast<std::size_t>(width - 1)));
  line += "\xE2\x80\xA6";  // …
  return line;
}

std::string pad_left(std::string_view s, std::size_t width) {
  const std::size_t n = display_columns(s);
  return std::string(n < width ? width - n : 0, ' ') + std::string(s);
}

std::string pad_right(std::string_view s, std::size_t width) {
  const std::size_t n = display_columns(s);
  return std::string(s) + std::string(n < width ? width - n : 0, ' ');
}

struct Palette {
  bool on;
  std::string paint(std::string_view text, const char* code) const {
    if (!on) return std::string(text);
    return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
  }
};

const char* status_colour(Coverage c) {
  switch (c) {
    case Coverage::kCovered: return "32";   // green
    case Coverage::kMissing: return "31";   // red
    case Coverage::kMismatch: return "33";  // yellow
  }
  return "0";
}

}  // namespace

std::string render_check_json(const CheckReport& report) {
  Json j;
  j["decision"] = {{"path", report.decision_path}, {"title", optional_json(report.decision_title)}};
  j["plan"] = {{"path", report.plan_path}, {"title", optional_json(report.plan_title)}};
  Json resolutions = Json::array();
  for (const ResolutionCheck& r : report.resolutions) {
    Json matches = Json::array();
    for (const RowMatch& m : r.matches) {
      matches.push_back({{"number", m.number}, {"score", m.score}, {"lines", lines_json(m.lines)}});
    }
    resolutions.push_back({{"number", r.number},
                           {"text", r.text},
                           {"lines", lines_json(r.lines)},
                           {"status", to_string(r.status)},
                           {"procedural", r.procedural},
                           {"matches", std::move(matches)}});
  }
  j["resolutions"] = std::move(resolutions);
  Json unrequested = Json::array();
  for (const UnrequestedRow& u : report.unrequested) {
    unrequested.push_back({{"number", u.number}, {"text", u.text}, {"lines", lines_json(u.lines)}});
  }
  j["unrequested"] = std::move(unrequested);
  j["as_of"] = optional_json(report.as_of);
  Json overdue = Json::array();
  for (const OverdueAction& o : report.overdue) {
    overdue.push_back({{"number", o.number},
                       {"action", o.action},
                       {"due", {{"text", o.due.text}, {"value", optional_json(o.due.value)}}},
                       {"lead", optional_json(o.lead)},
                       {"lines", lines_json(o.lines)}});
  }
  j["overdue"] = std::move(overdue);
  j["summary"] = {{"resolutions", report.summary.resolutions},
                  {"covered", report.summary.covered},
                  {"missing", report.summary.missing},
                  {"mismatch", report.summary.mismatch},
                  {"procedural", report.summary.procedural}};
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_check_csv(const CheckReport& report) {
  std::string out = "number,status,procedural,score,rows,text,first_line,last_line\n";
  for (const ResolutionCheck& r : report.resolutions) {
    append_csv_field(out, r.number);
    out += ',';
    out += to_string(r.status);
    out += ',';
    out += r.procedural ? "true" : "false";
    out += ',';
    if (!r.matches.empty()) out += format_score(r.matches.front().score);
    out += ',';
    append_csv_field(out, joined_matches(r));
    out += ',';
    append_csv_field(out, r.text);
    out += ',' + std::to_string(r.lines.first) + ',' + std::to_string(r.lines.last) + '\n';
  }
  return out;
}

std::string render_check_text(const CheckReport& report, const TextStyle& style) {
  const Palette p{style.color};
  std::string out;
  auto describe = [](const std::string& path, const std::optional<std::string>& title) {
    return title ? path + " (" + *title + ")" : path;
  };
  out += p.paint("Decision: ", "1") + describe(report.decision_path, report.decision_title) + "\n";
  out += p.paint("Plan:     ", "1") + describe(report.plan_path, report.plan_title) + "\n\n";

  std::size_t number_width = 3;
  std::size_t rows_width = 4;
  for (const ResolutionCheck& r : report.resolutions) {
    number_width = std::max(number_width, display_columns(r.number));
    rows_width = std::max(rows_width, display_columns(joined_matches(r)));
  }
  rows_width = std::min<std::size_t>(rows_width, 16);
  const std::string header = pad_left("No.", number_width) + "  " + pad_right("STATUS", 8) + "  SCORE  " +
                             pad_right("ROWS", rows_width) + "  RESOLUTION";
  out += p.paint(header, "1") + "\n";
  const int fixed = static_cast<int>(number_width + 2 + 8 + 2 + 5 + 2 + rows_width + 2);
  for (const ResolutionCheck& r : report.resolutions) {
    const std::string status = pad_right(to_string(r.status), 8);
    const std::string score = r.matches.empty() ? "    -" : pad_left(format_score(r.matches.front().score), 5);
    const std::string rows = r.matches.empty() ? "-" : joined_matches(r);
    std::string text = r.procedural ? "[procedural] " + r.text : r.text;
    text = fit(text, style.width > 0 ? std::max(style.width - fixed, 10) : 0);
    out += pad_left(r.number, number_width) + "  " + p.paint(status, status_colour(r.status)) + "  " + score + "  " +
           pad_right(fit(rows, static_cast<int>(rows_width)), rows_width) + "  " +
           (r.procedural ? p.paint(text, "2") : text) + "\n";
  }

  out += "\n" + p.paint("Rows that answer no resolution: ", "1");
  if (report.unrequested.empty()) {
    out += "none\n";
  } else {
    out += std::to_string(report.unrequested.size()) + "\n";
    for (const UnrequestedRow& u : report.unrequested) {
      out += "  " + pad_left(u.number, number_width) + "  " +
             fit(u.text, style.width > 0 ? std::max(style.width - static_cast<int>(number_width) - 4, 10) : 0) + "\n";
    }
  }

  if (report.as_of) {
    out += "\n" + p.paint("Overdue as of " + *report.as_of + ": ", "1");
    if (report.overdue.empty()) {
      out += "none\n";
    } else {
      out += std::to_string(report.overdue.size()) + "\n";
      for (const OverdueAction& o : report.overdue) {
        std::string line = pad_left(o.number, number_width) + "  " + o.due.value.value_or(o.due.text) + "  " +
                           o.lead.value_or("(no lead)") + "  " + one_line(o.action);
        out += "  " + p.paint(fit(line, style.width > 0 ? style.width - 2 : 0), "31") + "\n";
      }
    }
  }

  const CheckSummary& s = report.summary;
  out += "\n" + std::to_string(s.resolutions) + " resolutions: " + p.paint(std::to_string(s.covered) + " covered", "32") +
         ", " + p.paint(std::to_string(s.missing) + " missing", s.missing > 0 ? "31" : "0") + ", " +
         p.paint(std::to_string(s.mismatch) + " mismatched", s.mismatch > 0 ? "33" : "0") + ", " +
         std::to_string(s.procedural) + " procedural\n";
  return out;
}

}  // namespace docket
