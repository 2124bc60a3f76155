// libFuzzer target: `check` on two documents made from one input, split at
// the first NUL byte (decision before it, plan after it).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "docket/check.hpp"
#include "docket/docket.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = bytes.find('\0');
  const std::string_view first = bytes.substr(0, cut);
  const std::string_view second = cut == std::string_view::npos ? std::string_view() : bytes.substr(cut + 1);
  docket::ParseOptions decision_options;
  decision_options.kind = docket::KindHint::kDecisionRecord;
  docket::ParseOptions plan_options;
  plan_options.kind = docket::KindHint::kActionPlan;
  const docket::ParseResult decision = docket::parse_document(first, decision_options);
  const docket::ParseResult plan = docket::parse_document(second, plan_options);
  if (!decision.ok || !plan.ok) return 0;
  docket::CheckOptions options;
  options.as_of = "2015-06-30";
  const docket::CheckReport report = docket::check_plan(decision.document, plan.document, options);
  (void)report;
  return 0;
}
