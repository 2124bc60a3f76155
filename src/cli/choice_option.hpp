// Options whose value is one of a few names: `-f json|ndjson|csv|tsv`.
//
// CLI11's enum transformer also takes the enum's numbers (`-f 2`) and shows
// both maps in help (`ENUM:value in {csv->2,…} OR {2,0,1,3}`). A choice
// takes the names alone, in any case and with '_' and '-' alike (so that
// `action_plan`, as the output spells a kind, is as good as `action-plan`),
// and shows them in help as NAME|NAME.
#ifndef DOCKET_CLI_CHOICE_OPTION_HPP
#define DOCKET_CLI_CHOICE_OPTION_HPP

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docket::cli {

template <typename Enum>
struct Choice {
  std::string_view name;
  Enum value;
};

// `value` as choice names are compared: lower case, '_' read as '-'.
inline std::string choice_key(std::string_view value) {
  std::string key(value);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  return key;
}

// Adds option `flags` to `command`; `set` is called with the value named.
template <typename Enum>
CLI::Option* add_choice(CLI::App& command, const std::string& flags, std::vector<Choice<Enum>> choices,
                        std::function<void(Enum)> set, const std::string& description) {
  std::string names;
  for (const Choice<Enum>& c : choices) {
    if (!names.empty()) names += '|';
    names += c.name;
  }
  auto find = [choices](const std::string& value) -> const Choice<Enum>* {
    const std::string key = choice_key(value);
    for (const Choice<Enum>& c : choices) {
      if (choice_key(c.name) == key) return &c;
    }
    return nullptr;
  };
  CLI::Option* option = command.add_option_function<std::string>(
      flags, [find, set = std::move(set)](const std::string& value) { set(find(value)->value); }, description);
  option->type_name(names);
  option->check(CLI::Validator(
      [find, names](std::string& value) -> std::string {
        if (find(value) != nullptr) return {};
        return "'" + value + "' is not one of " + names;
      },
      "", "choice"));
  return option;
}

}  // namespace docket::cli

#endif  // DOCKET_CLI_CHOICE_OPTION_HPP
