#include "docket/model.hpp"

namespace docket {

// These spellings are part of the output contract (docs/schema.json lists the
// same enums), so a new enumerator must be added to the schema too.
const char* to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kUnknown:
      return "unknown";
    case DocumentKind::kActionPlan:
      return "action_plan";
    case DocumentKind::kDecisionRecord:
      return "decision_record";
    case DocumentKind::kProjectPlan:
      return "project_plan";
  }
  return "unknown";
}

const char* to_string(ItemType type) {
  switch (type) {
    case ItemType::kRecommendation:
      return "recommendation";
    case ItemType::kResolution:
      return "resolution";
    case ItemType::kAction:
      return "action";
  }
  // Only an out-of-range cast gets here; the schema rejects this spelling, so
  // such a bug fails the golden tests instead of passing as a real type.
  return "unknown";
}

}  // namespace docket
