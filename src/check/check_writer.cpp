#include "check/check_writer.hpp"

#include <cstdio>

#include "base/text_util.hpp"
#include "write/delimited_fields.hpp"
#include "write/json_out.hpp"

namespace docket {

namespace {

void write_lines(JsonOut& j, const LineSpan& l) {
  j.begin_array();
  j.integer(l.first);
  j.integer(l.last);
  j.end_array();
}

void write_optional(JsonOut& j, const std::optional<std::string>& s) {
  if (s) {
    j.string(*s);
  } else {
    j.null();
  }
}

void write_paper(JsonOut& j, const std::string& path, const std::optional<std::string>& title) {
  j.begin_object();
  j.key<"path">();
  j.string(path);
  j.key<"title">();
  write_optional(j, title);
  j.end_object();
}

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

std::string joined_match_lines(const ResolutionCheck& r) {
  std::string out;
  for (const RowMatch& m : r.matches) {
    if (!out.empty()) out += ";";
    out += format_lines(m.lines);
  }
  return out;
}

void append_csv_field(std::string& out, std::string_view field) {
  StringOut to{out};
  append_csv_field_to(field, to);
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

std::string format_lines(const LineSpan& lines) {
  if (lines.last <= lines.first) return std::to_string(lines.first);
  return std::to_string(lines.first) + "-" + std::to_string(lines.last);
}

std::string format_matches(const ResolutionCheck& resolution) {
  std::string out;
  for (const RowMatch& m : resolution.matches) {
    if (!out.empty()) out += "; ";
    out += m.number + " (" + format_lines(m.lines) + ")";
  }
  return out;
}

std::vector<std::size_t> lead_group_starts(const CheckReport& report) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < report.overdue.size(); ++i) {
    if (i == 0 || report.overdue[i].lead != report.overdue[i - 1].lead) starts.push_back(i);
  }
  starts.push_back(report.overdue.size());
  return starts;
}

std::string render_check_json(const CheckReport& report) {
  std::string out;
  JsonOut j(out, 2);
  j.begin_object();
  j.key<"decision">();
  write_paper(j, report.decision_path, report.decision_title);
  j.key<"plan">();
  write_paper(j, report.plan_path, report.plan_title);
  j.key<"resolutions">();
  j.begin_array();
  for (const ResolutionCheck& r : report.resolutions) {
    j.begin_object();
    j.key<"number">();
    j.string(r.number);
    j.key<"text">();
    j.string(r.text);
    j.key<"lines">();
    write_lines(j, r.lines);
    j.key<"status">();
    j.string(to_string(r.status));
    j.key<"procedural">();
    j.boolean(r.procedural);
    j.key<"matches">();
    j.begin_array();
    for (const RowMatch& m : r.matches) {
      j.begin_object();
      j.key<"number">();
      j.string(m.number);
      j.key<"score">();
      j.number(m.score);
      j.key<"lines">();
      write_lines(j, m.lines);
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key<"unrequested">();
  j.begin_array();
  for (const UnrequestedRow& u : report.unrequested) {
    j.begin_object();
    j.key<"number">();
    j.string(u.number);
    j.key<"text">();
    j.string(u.text);
    j.key<"lines">();
    write_lines(j, u.lines);
    j.end_object();
  }
  j.end_array();
  j.key<"as_of">();
  write_optional(j, report.as_of);
  j.key<"overdue">();
  j.begin_array();
  for (const OverdueAction& o : report.overdue) {
    j.begin_object();
    j.key<"number">();
    j.string(o.number);
    j.key<"recommendation">();
    j.string(o.recommendation);
    j.key<"action">();
    j.string(o.action);
    j.key<"due">();
    j.begin_object();
    j.key<"text">();
    j.string(o.due.text);
    j.key<"value">();
    write_optional(j, o.due.value);
    j.end_object();
    j.key<"lead">();
    write_optional(j, o.lead);
    j.key<"lines">();
    write_lines(j, o.lines);
    j.key<"days_late">();
    j.integer(o.days_late);
    j.end_object();
  }
  j.end_array();
  j.key<"summary">();
  j.begin_object();
  j.key<"resolutions">();
  j.integer(report.summary.resolutions);
  j.key<"covered">();
  j.integer(report.summary.covered);
  j.key<"missing">();
  j.integer(report.summary.missing);
  j.key<"mismatch">();
  j.integer(report.summary.mismatch);
  j.key<"procedural">();
  j.integer(report.summary.procedural);
  j.end_object();
  j.end_object();
  j.flush();
  out += '\n';
  return out;
}

std::string render_check_csv(const CheckReport& report) {
  std::string out =
      "record,number,status,procedural,score,rows,row_lines,text,first_line,last_line,"
      "recommendation,lead,due,days_late\n";
  const auto tail = [&out](const LineSpan& lines) {
    out += ',' + std::to_string(lines.first) + ',' + std::to_string(lines.last) + ',';
  };
  for (const ResolutionCheck& r : report.resolutions) {
    out += "resolution,";
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
    append_csv_field(out, joined_match_lines(r));
    out += ',';
    append_csv_field(out, r.text);
    tail(r.lines);
    out += ",,,\n";
  }
  for (const UnrequestedRow& u : report.unrequested) {
    out += "unrequested,";
    append_csv_field(out, u.number);
    out += ",,,,,,";
    append_csv_field(out, u.text);
    tail(u.lines);
    out += ",,,\n";
  }
  for (const OverdueAction& o : report.overdue) {
    out += "overdue,";
    append_csv_field(out, o.number);
    out += ",,,,,,";
    append_csv_field(out, o.action);
    tail(o.lines);
    append_csv_field(out, o.recommendation);
    out += ',';
    append_csv_field(out, o.lead.value_or(""));
    out += ',';
    append_csv_field(out, o.due.value.value_or(o.due.text));
    out += ',' + std::to_string(o.days_late) + '\n';
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
  std::size_t lines_width = 5;
  std::size_t rows_width = 12;  // "ROWS (LINES)"
  for (const ResolutionCheck& r : report.resolutions) {
    number_width = std::max(number_width, display_columns(r.number));
    lines_width = std::max(lines_width, display_columns(format_lines(r.lines)));
    rows_width = std::max(rows_width, display_columns(format_matches(r)));
  }
  rows_width = std::min<std::size_t>(rows_width, 24);
  const std::string header = pad_left("No.", number_width) + "  " + pad_right("LINES", lines_width) + "  " +
                             pad_right("STATUS", 8) + "  SCORE  " + pad_right("ROWS (LINES)", rows_width) +
                             "  RESOLUTION";
  out += p.paint(header, "1") + "\n";
  const int fixed = static_cast<int>(number_width + 2 + lines_width + 2 + 8 + 2 + 5 + 2 + rows_width + 2);
  for (const ResolutionCheck& r : report.resolutions) {
    const std::string status = pad_right(to_string(r.status), 8);
    const std::string score = r.matches.empty() ? "    -" : pad_left(format_score(r.matches.front().score), 5);
    const std::string rows = r.matches.empty() ? "-" : format_matches(r);
    std::string text = r.procedural ? "[procedural] " + r.text : r.text;
    text = fit(text, style.width > 0 ? std::max(style.width - fixed, 10) : 0);
    out += pad_left(r.number, number_width) + "  " + pad_right(format_lines(r.lines), lines_width) + "  " +
           p.paint(status, status_colour(r.status)) + "  " + score + "  " +
           pad_right(fit(rows, static_cast<int>(rows_width)), rows_width) + "  " +
           (r.procedural ? p.paint(text, "2") : text) + "\n";
  }

  out += "\n" + p.paint("Rows that answer no resolution: ", "1");
  if (report.unrequested.empty()) {
    out += "none\n";
  } else {
    out += std::to_string(report.unrequested.size()) + "\n";
    for (const UnrequestedRow& u : report.unrequested) {
      const std::string head = pad_left(u.number, number_width) + "  " + pad_right(format_lines(u.lines), lines_width);
      out += "  " + head + "  " +
             fit(u.text, style.width > 0 ? std::max(style.width - static_cast<int>(display_columns(head)) - 4, 10) : 0) +
             "\n";
    }
  }

  if (report.as_of) {
    out += "\n" + p.paint("Overdue as of " + *report.as_of + ": ", "1");
    if (report.overdue.empty()) {
      out += "none\n";
    } else {
      out += std::to_string(report.overdue.size()) + "\n";
      const std::vector<std::size_t> starts = lead_group_starts(report);
      const int width = style.width;
      for (std::size_t g = 0; g + 1 < starts.size(); ++g) {
        const OverdueAction& first = report.overdue[starts[g]];
        out += "  " + p.paint(first.lead.value_or("(no lead)"), "1") + "\n";
        for (std::size_t i = starts[g]; i < starts[g + 1]; ++i) {
          const OverdueAction& o = report.overdue[i];
          if (i == starts[g] || report.overdue[i - 1].number != o.number) {  // the row once, its actions under it
            out += "    " + fit(o.number + "  " + one_line(o.recommendation), width > 0 ? width - 4 : 0) + "\n";
          }
          const std::string late = std::to_string(o.days_late) + (o.days_late == 1 ? " day" : " days") + " late";
          std::string line = "due " + o.due.value.value_or(o.due.text) + ", " + late +
                             (o.lines.last > o.lines.first ? ", lines " : ", line ") + format_lines(o.lines);
          if (!o.action.empty()) line += ": " + one_line(o.action);
          out += "      " + p.paint(fit(line, width > 0 ? std::max(width - 6, 10) : 0), "31") + "\n";
        }
      }
    }
  }

  const CheckSummary& s = report.summary;
  out += "\n" + std::to_string(s.resolutions) + " resolutions: " + p.paint(std::to_string(s.covered) + " covered", "32") +
         ", " + p.paint(std::to_string(s.missing) + " missing", s.missing > 0 ? "31" : "0") + ", " +
         p.paint(std::to_string(s.mismatch) + " mismatched", s.mismatch > 0 ? "33" : "0") + ", " +
         std::to_string(s.procedural) + " procedural (need no row, counted apart)\n";
  return out;
}

}  // namespace docket
