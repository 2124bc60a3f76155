// The plan model: what docket extracts from one paper.
//
// Plain structs with no behaviour and no knowledge of any output format; the
// writers in src/ serialise them. Field names follow the contract in
// docs/output.md (and the JSON Schema in docs/schema.json). Every item and
// action records the 1-based source lines it came from, so any figure can be
// traced back to the page it was printed on.
#ifndef DOCKET_MODEL_HPP
#define DOCKET_MODEL_HPP

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace docket {

inline constexpr int kSchemaVersion = 1;

// An inclusive range of 1-based lines in the original file.
struct LineSpan {
  int first = 0;
  int last = 0;
};

// A date as written, with its ISO 8601 value at the precision written:
// "2012-09-03", "2010-09" or "2015". The value is empty when the text names
// no calendar date ("Ongoing").
struct Date {
  Date() = default;
  // A single date; a span sets start and end after.
  Date(std::string text_, std::optional<std::string> value_) : text(std::move(text_)), value(std::move(value_)) {}

  std::string text;
  // ISO 8601 at the precision written; for a span (a range, a financial
  // year, a season) the end of it, by which the work is due.
  std::optional<std::string> value;
  // A span's first and last day, month or year, ISO 8601 at the precision
  // written ("from Sept 15 to Dec 15": 2015-09 and 2015-12; "2024/25":
  // 2024-04 and 2025-03); both absent for a single date.
  std::optional<std::string> start;
  std::optional<std::string> end;
};

struct MoneyAmount {
  double value = 0;
  std::string currency;                 // ISO 4217: "GBP", "EUR", "USD"
  std::optional<std::string> qualifier; // "approx", "up to", "at least", ...
  std::optional<std::string> period;    // "year", "month", "week", ...
};

struct Savings {
  std::string text;
  std::vector<MoneyAmount> amounts;
  // The number of the item before this one, in the same table, whose savings
  // say the same sums in the same words: one figure stated for several items
  // (a cell merged or repeated down the rows), which a total counts once.
  // Unset for the item that states it first.
  std::optional<std::string> same_as;
};

struct Person {
  std::string name;
  std::optional<std::string> role;
  std::optional<std::string> phone;
  std::optional<std::string> email;
};

struct Action {
  std::string text;
  std::vector<std::string> success_measures;
  std::vector<Date> due;
  std::optional<std::string> status;
  LineSpan lines;
};

enum class ItemType { kRecommendation, kResolution, kAction };

struct Item {
  std::string number;
  std::optional<std::string> parent;
  ItemType type = ItemType::kRecommendation;
  std::string text;
  std::vector<std::string> refs;
  std::vector<Action> actions;
  std::vector<std::string> success_measures;
  std::optional<Savings> savings;
  std::optional<std::string> lead;
  std::optional<std::string> finance_manager;
  std::vector<std::string> owners;
  std::optional<std::string> priority;
  std::optional<std::string> status;
  // A decision that records how the meeting ran or what it took note of
  // (minutes approved, a report noted, thanks, apologies): it needs no action.
  bool procedural = false;
  std::optional<std::string> comments;
  std::vector<Date> due;
  // Columns of the source table that docket has no canonical name for,
  // keyed by their header as printed; kept so that nothing is dropped.
  std::vector<std::pair<std::string, std::string>> extra;
  LineSpan lines;
};

struct Decision {
  std::optional<std::string> reasons;
  std::optional<std::string> alternatives;
  std::optional<std::string> interests;
  std::optional<std::string> dispensations;
  std::optional<Date> call_in_deadline;
  std::optional<Date> published;
  std::optional<bool> key_decision;
  std::optional<bool> subject_to_call_in;
  std::optional<Date> effective_from;
};

// A data table that is not a plan table, kept whole.
struct Table {
  std::optional<std::string> caption;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  LineSpan lines;
};

// Something that was skipped or guessed while parsing. `code` is a stable
// kebab-case identifier that tools can filter on.
struct Warning {
  int line = 0;
  std::string code;
  std::string message;
};

struct Source {
  std::string path;
  std::size_t bytes = 0;
  std::string sha256;   // lowercase hex
  std::string encoding; // "utf-8", "utf-8-bom", "windows-1252"
  std::string format = "text";  // "text" (plain text or markdown), "html", "docx", "pdf"
  std::optional<std::string> compression = std::nullopt;  // "gzip" when the input was compressed
};

enum class DocumentKind { kUnknown, kActionPlan, kDecisionRecord, kProjectPlan };

struct Document {
  int schema_version = kSchemaVersion;
  Source source;
  DocumentKind kind = DocumentKind::kUnknown;
  std::optional<std::string> title;
  std::optional<std::string> body;
  std::optional<Date> meeting;
  std::vector<Person> people;
  std::vector<Item> items;
  std::optional<Decision> decision;
  std::vector<Table> tables;
  std::vector<Warning> warnings;
};

// Names as they appear in the output ("action_plan", "resolution", ...).
const char* to_string(DocumentKind kind);
const char* to_string(ItemType type);

}  // namespace docket

#endif  // DOCKET_MODEL_HPP
