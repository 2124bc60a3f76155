#include "docket/check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/calendar.hpp"
#include "check/terms.hpp"
#include "recognise/procedural.hpp"
#include "base/text_util.hpp"

namespace docket {

namespace {

// How much of the resolution the row says weighs more than how much of the
// row is about the resolution: a row that answers two resolutions at once
// still covers each of them.
constexpr double kRecallWeight = 0.7;
constexpr double kPrecisionWeight = 0.3;
// Rows that clear the threshold but score this far below the best row are
// neighbours sharing a phrase ("the permanence team (0 - 13)"), not rows
// that carry the resolution out.
constexpr double kRunnerUpMargin = 0.25;

using TermSet = std::set<std::string>;

struct Weights {
  std::map<std::string, double> idf;
  double of(const std::string& term) const {
    const auto it = idf.find(term);
    return it == idf.end() ? 0 : it->second;
  }
};

// Inverse document frequency over every resolution and row: a term that
// every row shares ("team", "service") says little about which row it is.
Weights weigh(const std::vector<TermSet>& sets) {
  std::map<std::string, int> df;
  for (const TermSet& s : sets) {
    for (const std::string& t : s) ++df[t];
  }
  Weights w;
  const double n = static_cast<double>(sets.size());
  for (const auto& [term, count] : df) w.idf[term] = std::log(1.0 + n / count);
  return w;
}

double total(const TermSet& s, const Weights& w) {
  double sum = 0;
  for (const std::string& t : s) sum += w.of(t);
  return sum;
}

double score(const TermSet& resolution, const TermSet& row, const Weights& w) {
  const double r = total(resolution, w);
  const double p = total(row, w);
  if (r <= 0 || p <= 0) return 0;
  double shared = 0;
  for (const std::string& t : resolution) {
    if (row.count(t) > 0) shared += w.of(t);
  }
  const double s = kRecallWeight * (shared / r) + kPrecisionWeight * (shared / p);
  return std::round(s * 100) / 100;
}

bool is_complete(const std::optional<std::string>& status) { return status && *status == "complete"; }

// The text a plan row is matched on: what it sets out to do. An action
// plan's row is its recommendation; the steps under it describe how, and
// would match every resolution that mentions consultation or structure.
std::string row_text(const Item& item) {
  if (item.type != ItemType::kRecommendation && !item.actions.empty() && item.text.empty()) {
    return item.actions.front().text;
  }
  return item.text;
}

AcronymMap acronyms_of(const Document& a, const Document& b) {
  AcronymMap map;
  for (const Document* doc : {&a, &b}) {
    for (const Item& item : doc->items) {
      for (auto& [k, v] : find_acronym_definitions(item.text)) map.emplace(k, v);
      for (const Action& action : item.actions) {
        for (auto& [k, v] : find_acronym_definitions(action.text)) map.emplace(k, v);
      }
    }
    if (doc->title) {
      for (auto& [k, v] : find_acronym_definitions(*doc->title)) map.emplace(k, v);
    }
    if (doc->decision && doc->decision->reasons) {
      for (auto& [k, v] : find_acronym_definitions(*doc->decision->reasons)) map.emplace(k, v);
    }
  }
  return map;
}

}  // namespace

const char* to_string(Coverage coverage) {
  switch (coverage) {
    case Coverage::kCovered: return "covered";
    case Coverage::kMissing: return "missing";
    case Coverage::kMismatch: return "mismatch";
  }
  return "missing";
}

bool is_procedural(std::string_view resolution) { return is_procedural_decision(resolution); }

bool all_covered(const CheckReport& report) {
  return std::all_of(report.resolutions.begin(), report.resolutions.end(), [](const ResolutionCheck& r) {
    return r.procedural || r.status == Coverage::kCovered;
  });
}

CheckReport check_plan(const Document& decision, const Document& plan, const CheckOptions& options) {
  CheckReport report;
  report.decision_path = decision.source.path;
  report.decision_title = decision.title;
  report.plan_path = plan.source.path;
  report.plan_title = plan.title;
  report.as_of = options.as_of;

  const TermExtractor extractor(acronyms_of(decision, plan));
  std::vector<const Item*> resolutions;
  for (const Item& item : decision.items) {
    if (item.type == ItemType::kResolution) resolutions.push_back(&item);
  }
  std::vector<const Item*> rows;
  for (const Item& item : plan.items) rows.push_back(&item);

  std::vector<TermSet> resolution_terms;
  std::vector<TermSet> row_terms;
  std::vector<TermSet> all;
  for (const Item* r : resolutions) {
    const std::vector<std::string> t = extractor.terms(r->text);
    resolution_terms.emplace_back(t.begin(), t.end());
    all.push_back(resolution_terms.back());
  }
  for (const Item* p : rows) {
    const std::vector<std::string> t = extractor.terms(row_text(*p));
    row_terms.emplace_back(t.begin(), t.end());
    all.push_back(row_terms.back());
  }
  const Weights weights = weigh(all);

  std::vector<std::vector<double>> scores(resolutions.size(), std::vector<double>(rows.size(), 0));
  for (std::size_t i = 0; i < resolutions.size(); ++i) {
    for (std::size_t j = 0; j < rows.size(); ++j) scores[i][j] = score(resolution_terms[i], row_terms[j], weights);
  }

  // The rows that carry each resolution out, best first.
  std::vector<std::vector<std::size_t>> matches(resolutions.size());
  for (std::size_t i = 0; i < resolutions.size(); ++i) {
    double best = 0;
    for (std::size_t j = 0; j < rows.size(); ++j) best = std::max(best, scores[i][j]);
    for (std::size_t j = 0; j < rows.size(); ++j) {
      if (scores[i][j] >= kCoverThreshold && scores[i][j] >= best - kRunnerUpMargin) matches[i].push_back(j);
    }
    std::stable_sort(matches[i].begin(), matches[i].end(),
                     [&](std::size_t a, std::size_t b) { return scores[i][a] > scores[i][b]; });
  }

  // A plan numbered like the decision (at least two and at least half of
  // the resolutions find their match under their own number) makes the
  // number a claim: a row under the
  // same number about something else is a mismatch. A plan renumbered or
  // reordered makes no such claim.
  int matched = 0;
  int same_number = 0;
  for (std::size_t i = 0; i < resolutions.size(); ++i) {
    if (matches[i].empty()) continue;
    ++matched;
    if (rows[matches[i].front()]->number == resolutions[i]->number) ++same_number;
  }
  const bool numbered_alike = same_number >= 2 && same_number * 2 >= matched;

  for (std::size_t i = 0; i < resolutions.size(); ++i) {
    const Item& r = *resolutions[i];
    ResolutionCheck c;
    c.number = r.number;
    c.text = r.text;
    c.lines = r.lines;
    c.procedural = is_procedural(r.text);
    for (std::size_t j : matches[i]) c.matches.push_back({rows[j]->number, scores[i][j], rows[j]->lines});
    bool same_number_elsewhere = false;
    if (numbered_alike && !r.parent) {
      for (std::size_t j = 0; j < rows.size(); ++j) {
        if (rows[j]->number == r.number && !rows[j]->parent && scores[i][j] < kCoverThreshold) {
          same_number_elsewhere = true;
        }
      }
    }
    // A row numbered under the resolution ("2b" under "2", or a row whose
    // parent is "2") carries out one of its sub-parts: the number claims
    // nothing else.
    const auto under_number = [&](const Item& row) {
      if (row.parent && *row.parent == r.number) return true;
      return row.number.size() > r.number.size() && row.number.starts_with(r.number) &&
             !is_ascii_digit(row.number[r.number.size()]);
    };
    if (same_number_elsewhere && !c.matches.empty() && under_number(*rows[matches[i].front()])) {
      same_number_elsewhere = false;
    }
    if (same_number_elsewhere) {
      c.status = Coverage::kMismatch;
    } else if (!c.matches.empty()) {
      c.status = Coverage::kCovered;
    } else {
      c.status = Coverage::kMissing;
    }
    report.resolutions.push_back(std::move(c));
  }

  std::vector<bool> answers(rows.size(), false);
  for (const auto& m : matches) {
    for (std::size_t j : m) answers[j] = true;
  }
  for (std::size_t j = 0; j < rows.size(); ++j) {
    if (!answers[j]) report.unrequested.push_back({rows[j]->number, rows[j]->text, rows[j]->lines});
  }

  for (const Item& item : plan.items) {
    if (item.actions.empty()) {
      for (const Date& d : item.due) {
        if (d.value) report.schedule.push_back({item.number, std::string(), d, is_complete(item.status)});
      }
    }
    for (const Action& action : item.actions) {
      for (const Date& d : action.due) {
        if (d.value) {
          report.schedule.push_back(
              {item.number, action.text, d, is_complete(action.status) || is_complete(item.status)});
        }
      }
    }
  }

  if (options.as_of) {
    const std::string& as_of = *options.as_of;
    const auto as_of_day = parse_iso_day(as_of);
    auto days_late = [&](const Date& d) -> long {
      const auto end = parse_iso_day(last_day_of_period(*d.value));
      return end && as_of_day ? days_between(*end, *as_of_day) : 0;
    };
    auto first_passed = [&](const std::vector<Date>& due) -> const Date* {
      for (const Date& d : due) {
        if (d.value && last_day_of_period(*d.value) < as_of) return &d;
      }
      return nullptr;
    };
    for (const Item& item : plan.items) {
      if (item.actions.empty()) {
        if (is_complete(item.status)) continue;
        if (const Date* d = first_passed(item.due)) {
          report.overdue.push_back({item.number, item.text, std::string(), *d, item.lead, item.lines, days_late(*d)});
        }
        continue;
      }
      for (const Action& action : item.actions) {
        if (is_complete(action.status) || is_complete(item.status)) continue;
        if (const Date* d = first_passed(action.due)) {
          report.overdue.push_back({item.number, item.text, action.text, *d, item.lead, action.lines, days_late(*d)});
        }
      }
    }
    // Group by lead, keeping plan order inside a group.
    std::vector<std::optional<std::string>> leads;
    for (const OverdueAction& o : report.overdue) {
      if (o.lead && std::find(leads.begin(), leads.end(), o.lead) == leads.end()) leads.push_back(o.lead);
    }
    auto rank = [&](const OverdueAction& o) {
      return static_cast<std::size_t>(std::find(leads.begin(), leads.end(), o.lead) - leads.begin());
    };
    std::stable_sort(report.overdue.begin(), report.overdue.end(),
                     [&](const OverdueAction& a, const OverdueAction& b) { return rank(a) < rank(b); });
  }

  for (const ResolutionCheck& c : report.resolutions) {
    ++report.summary.resolutions;
    if (c.procedural) {
      ++report.summary.procedural;
      continue;
    }
    switch (c.status) {
      case Coverage::kCovered: ++report.summary.covered; break;
      case Coverage::kMissing: ++report.summary.missing; break;
      case Coverage::kMismatch: ++report.summary.mismatch; break;
    }
  }
  return report;
}

}  // namespace docket
