#include "cli/help_format.hpp"

#include <string_view>
#include <vector>

namespace docket::cli {

namespace {

// Help fits a terminal of 80 columns, as man pages and GNU --help do.
constexpr std::size_t kWidth = 80;
// Where descriptions start: room for `-f, --format FORMAT` and a gap.
constexpr std::size_t kDescriptionColumn = 26;

bool takes_many(const CLI::Option* option) {
  return option->get_expected_max() >= CLI::detail::expected_max_vector_size;
}

// `left` in the first column and `description` wrapped beside it, or under
// it when `left` leaves no gap before the description column.
std::string two_columns(const std::string& left, const std::string& description) {
  std::string out = left;
  if (description.empty()) return out + '\n';
  if (out.size() + 2 > kDescriptionColumn) {
    out += '\n';
    out.append(kDescriptionColumn, ' ');
  } else {
    out.append(kDescriptionColumn - out.size(), ' ');
  }
  return out + wrap_words(description, kDescriptionColumn, kWidth - kDescriptionColumn) + '\n';
}

}  // namespace

std::string wrap_words(const std::string& text, std::size_t indent, std::size_t width) {
  std::string out;
  std::size_t line_length = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view word = std::string_view(text).substr(start, end - start);
    if (!word.empty()) {
      if (line_length > 0 && line_length + 1 + word.size() > width) {
        out += '\n';
        out.append(indent, ' ');
        line_length = 0;
      } else if (line_length > 0) {
        out += ' ';
        ++line_length;
      }
      out += word;
      line_length += word.size();
    }
    start = end + 1;
  }
  return out;
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
  if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
  std::string out = make_usage(app, name);
  if (!app->get_description().empty()) out += wrap_words(app->get_description(), 0, kWidth) + '\n';
  std::vector<const CLI::Option*> arguments =
      app->get_options([](const CLI::Option* option) { return option->get_positional(); });
  if (!arguments.empty()) out += make_group("Arguments", true, arguments);
  out += make_groups(app, mode);
  out += make_subcommands(app, mode);
  if (!app->get_footer().empty()) out += '\n' + wrap_words(app->get_footer(), 0, kWidth) + '\n';
  return out;
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
  std::string out = "Usage: " + name;
  if (!app->get_options([](const CLI::Option* option) { return option->nonpositional(); }).empty()) {
    out += " [OPTIONS]";
  }
  if (!app->get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); }).empty()) {
    out += " COMMAND";
  }
  for (const CLI::Option* argument :
       app->get_options([](const CLI::Option* option) { return option->get_positional(); })) {
    out += ' ' + make_option_usage(argument);
  }
  return out + '\n';
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode /*mode*/) const {
  const std::vector<const CLI::App*> commands =
      app->get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
  if (commands.empty()) return {};
  std::string out = "\nCommands:\n";
  for (const CLI::App* command : commands) out += two_columns("  " + command->get_name(), command->get_description());
  return out;
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  const std::string left =
      "  " + make_option_name(option, is_positional) + (is_positional ? "" : make_option_opts(option));
  return two_columns(left, make_option_desc(option));
}

std::string HelpFormatter::make_option_name(const CLI::Option* option, bool is_positional) const {
  if (is_positional) return option->get_name() + (takes_many(option) ? "..." : "");
  std::string names;
  for (const std::string& name : option->get_snames()) names += (names.empty() ? "-" : ", -") + name;
  // Long names line up whether or not a short name comes first.
  if (names.empty()) names = "    ";
  for (const std::string& name : option->get_lnames()) {
    names += (names.find('-') == std::string::npos ? "--" : ", --") + name;
  }
  return names;
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  if (!option->get_option_text().empty()) return ' ' + option->get_option_text();
  if (option->get_type_size() == 0 || option->get_type_name().empty()) return {};
  return ' ' + option->get_type_name();
}

std::string HelpFormatter::make_option_desc(const CLI::Option* option) const {
  std::string description = option->get_description();
  std::string excluded;
  for (const CLI::Option* other : option->get_excludes()) {
    excluded += (excluded.empty() ? "" : " or ") + other->get_name();
  }
  if (excluded.empty()) return description;
  // Within the description's closing parenthesis when it has one.
  if (description.ends_with(')')) {
    description.insert(description.size() - 1, "; not with " + excluded);
    return description;
  }
  return description + " (not with " + excluded + ")";
}

std::string HelpFormatter::make_option_usage(const CLI::Option* option) const {
  const std::string name = make_option_name(option, true);
  return option->get_required() ? name : "[" + name + "]";
}

}  // namespace docket::cli
